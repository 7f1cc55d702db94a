package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;
import vn.dxportal.rules.Compliance;

import java.util.List;

/**
 * The plan stage: every page of the portal, its path, its template, its data and the content files it reads.
 * Pure: the same derived content and options always give the same plan, in the same order.
 */
public final class Planner {
    /**
     * The page families of a portal, in plan order. They plan independently of each other, so they plan in parallel;
     * their pages are then joined in this order.
     */
    private static final List<PageSet> PAGE_SETS = List.of(
            new HomePages(),
            new UnitPages(),
            new IndicatorPages(),
            new NewsPages(),
            new DocumentPages(),
            new QualityPages(),
            new OpenDataPages(),
            new SearchPages(),
            new AboutPages(),
            new ServicePages(),
            new QaPages(),
            new AccessInfoPages(),
            new CompliancePages(),
            new ContentFilePages(),
            new SiteMapPages());
    /** Planned last, after every other page: the sitemap lists them all. */
    private static final PageSet SITE_PLUMBING = new SitePlumbing();

    /** The planned pages, and notes for the build output about what was left out and why. */
    public record Plan(List<Page> pages, List<String> notes) {}

    private Planner() {}

    public static List<Page> plan(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        return planWithNotes(derived, findings, options).pages();
    }

    public static Plan planWithNotes(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        return planWithNotes(derived, findings, options, Compliance.none());
    }

    /** The plan with the portal-content rules' outcome, for the compliance pages. */
    public static Plan planWithNotes(Derived derived, List<Diagnostic> findings, PlanContext.Options options, Compliance compliance) {
        PlanContext context = new PlanContext(derived, findings, options, compliance);
        // parallelStream().toList() keeps the families' order, so the plan is the same whichever thread planned what.
        List<PlanContext> parts = PAGE_SETS.parallelStream().map(set -> {
            PlanContext part = context.part();
            set.plan(part);
            return part;
        }).toList();
        parts.forEach(context::join);
        SITE_PLUMBING.plan(context);
        context.finish();
        return new Plan(context.pages(), context.notes());
    }
}
