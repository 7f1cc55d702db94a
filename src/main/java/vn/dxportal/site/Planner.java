package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;
import vn.dxportal.rules.Compliance;

import java.util.List;

/**
 * The plan stage: every page of the portal, its path, its template, its data and the content files it reads.
 * Pure: the same derived content always gives the same plan, in the same order.
 */
public final class Planner {
    /** The page families of a portal, in plan order. */
    private static final List<PageSet> PAGE_SETS = List.of(
            new HomePages(),
            new UnitPages(),
            new IndicatorPages(),
            new NewsPages(),
            new DocumentPages(),
            new QualityPages(),
            new OpenDataPages(),
            new AboutPages(),
            new ServicePages(),
            new QaPages(),
            new AccessInfoPages(),
            new CompliancePages(),
            new ContentFilePages(),
            new SiteMapPages());

    private Planner() {}

    public static List<Page> plan(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        return plan(derived, findings, options, Compliance.none());
    }

    /** The plan with the portal-content rules' outcome, for the compliance pages. */
    public static List<Page> plan(Derived derived, List<Diagnostic> findings, PlanContext.Options options, Compliance compliance) {
        PlanContext context = new PlanContext(derived, findings, options, compliance);
        for (PageSet set : PAGE_SETS) set.plan(context);
        return context.pages();
    }
}
