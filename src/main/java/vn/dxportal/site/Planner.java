package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;

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
            new OpenDataPages());

    private Planner() {}

    public static List<Page> plan(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        PlanContext context = new PlanContext(derived, findings, options);
        for (PageSet set : PAGE_SETS) set.plan(context);
        return context.pages();
    }
}
