package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;
import vn.dxportal.rules.Compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
            new ContentFilePages());
    /** Planned last, after every other page: the sitemap lists them all. */
    private static final PageSet SITE_PLUMBING = new SitePlumbing();
    /**
     * The families that list every page (through {@link Outline}), planned in this order after all the others: the
     * text site map, then the sitemap and robots files. A later plan keeps their pages as they are when every other
     * page has the outline it had ({@link #replan}).
     */
    private static final List<PageSet> LISTING_SETS = List.of(new SiteMapPages(), SITE_PLUMBING);

    /**
     * The planned pages, and notes for the build output about what was left out and why; {@code families} says which
     * family planned which pages (in plan order, the site plumbing last), so that a later plan can keep some of them
     * ({@link #replan}). {@code searchIndexLater} is the search index the build makes after drawing the pages, when
     * the options asked for it, else null.
     */
    public record Plan(List<Page> pages, List<String> notes, List<Family> families, PlanContext.Options options, KeptPaths keptPaths,
                       SearchIndexLater searchIndexLater) {
        public Plan(List<Page> pages, List<String> notes) {
            this(pages, notes, List.of(), null, null, null);
        }
    }

    /**
     * The output paths of the families a plan kept from the one before it, with those families: a next plan that
     * keeps the very same families (one figure edit after another) takes the set as it is instead of making it again.
     */
    public record KeptPaths(List<Family> families, Set<String> paths) {
        static KeptPaths of(List<Family> families, KeptPaths last) {
            if (last != null && last.families().size() == families.size()) {
                boolean same = true;
                for (int i = 0; i < families.size(); i++) same &= last.families().get(i) == families.get(i);
                if (same) return last;
            }
            Set<String> paths = new java.util.HashSet<>(2 * families.stream().mapToInt(f -> f.paths().size()).sum());
            families.forEach(f -> paths.addAll(f.paths()));
            return new KeptPaths(List.copyOf(families), java.util.Collections.unmodifiableSet(paths));
        }
    }

    /** What one page family planned: its pages' output paths and its notes. {@code name} is its class's simple name. */
    public record Family(String name, List<String> paths, List<String> notes) {}

    /** The name a family goes by in {@link Family#name()} and {@link #replan}. */
    public static String nameOf(PageSet set) {
        return set.getClass().getSimpleName();
    }

    private Planner() {}

    public static List<Page> plan(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        return planWithNotes(derived, findings, options).pages();
    }

    public static Plan planWithNotes(Derived derived, List<Diagnostic> findings, PlanContext.Options options) {
        return planWithNotes(derived, findings, options, Compliance.none());
    }

    /** The plan with the portal-content rules' outcome, for the compliance pages. */
    public static Plan planWithNotes(Derived derived, List<Diagnostic> findings, PlanContext.Options options, Compliance compliance) {
        return replan(derived, findings, options, compliance, null, null, null);
    }

    /**
     * A plan in which the families not in {@code replanned} are not planned again: their pages are taken as they are
     * ({@code current} gives each by its output path, as the caller last made it) with their notes, from {@code last}.
     * The caller vouches that nothing those families read has changed since {@code last}. The families that list
     * every page ({@link #LISTING_SETS}) read nothing but the other pages' {@link Outline}: unless {@code replanned}
     * names them, they are kept when every other page has the outline it had in {@code last}, and planned again
     * otherwise. The families planned again take the last plan's pages of a group made from the very same inputs
     * ({@link PlanContext#addGroup}). When the plan's paths are not those of {@code last}, it is made again keeping
     * nothing. With a null {@code last}, every family is planned.
     */
    public static Plan replan(Derived derived, List<Diagnostic> findings, PlanContext.Options options, Compliance compliance,
                              Plan last, Set<String> replanned, Function<String, Page> current) {
        PlanContext context = new PlanContext(derived, findings, options, compliance);
        List<Family> kept = new ArrayList<>();
        KeptPaths keptPaths = null;
        // Planned on another day (a post dated today is now published) or with other options: nothing is kept.
        boolean keeping = last != null && options.equals(last.options());
        if (keeping) {
            for (Family f : last.families()) if (!replanned.contains(f.name()) && !isListing(f.name())) kept.add(f);
            // Links test which pages exist: the kept pages' paths are planned before any family plans.
            keptPaths = KeptPaths.of(kept, last.keptPaths());
            context.reserve(keptPaths.paths(), current);
        }
        // parallelStream().toList() keeps the families' order, so the plan is the same whichever thread planned what.
        List<PlanContext> parts = PAGE_SETS.parallelStream().map(set -> {
            PlanContext part = context.part();
            Family keep = familyNamed(kept, nameOf(set));
            if (keep == null) set.plan(part);
            else part.keep(keep.paths().stream().map(current).toList(), keep.notes());
            return part;
        }).toList();
        List<Family> families = new ArrayList<>();
        boolean sameOutline = keeping;
        for (int i = 0; i < parts.size(); i++) {
            PlanContext part = parts.get(i);
            // A kept family is the very same (same paths, same notes): the next plan can tell it kept the same ones.
            Family keep = familyNamed(kept, nameOf(PAGE_SETS.get(i)));
            Family family = keep != null ? keep : new Family(nameOf(PAGE_SETS.get(i)), part.pages().stream().map(Page::path).toList(), part.notes());
            families.add(family);
            if (sameOutline && keep == null) {
                Family before = familyNamed(last.families(), family.name());
                sameOutline = before != null && Outline.same(part.pages(), before.paths(), current);
            }
            context.join(part);
        }
        for (PageSet set : LISTING_SETS) {
            PlanContext part = context.part();
            Family keep = sameOutline && !replanned.contains(nameOf(set)) ? familyNamed(last.families(), nameOf(set)) : null;
            if (keep != null) part.keepUnreserved(keep.paths().stream().map(current).toList(), keep.notes());
            else set.plan(part);
            families.add(keep != null ? keep : new Family(nameOf(set), part.pages().stream().map(Page::path).toList(), part.notes()));
            context.join(part);
        }
        boolean settled = keeping && (sameOutline || samePaths(last.pages(), context.pages()));
        if (keeping && !settled) {
            // The pages taken from the last plan ask it which pages exist (for their links, translations and feeds):
            // with other paths, nothing is taken.
            return replan(derived, findings, options, compliance, null, null, null);
        }
        context.finish(settled);
        return new Plan(context.pages(), context.notes(), List.copyOf(families), options, keptPaths, context.searchIndexLater());
    }

    private static boolean isListing(String family) {
        return LISTING_SETS.stream().anyMatch(set -> nameOf(set).equals(family));
    }

    private static Family familyNamed(List<Family> families, String name) {
        for (Family f : families) if (f.name().equals(name)) return f;
        return null;
    }

    /** Whether two plans have the very same output paths. */
    private static boolean samePaths(List<Page> a, List<Page> b) {
        if (a.size() != b.size()) return false;
        // Usually in the very same order: one pass, no set of 59,000 paths.
        int i = 0;
        while (i < a.size() && a.get(i).path().equals(b.get(i).path())) i++;
        if (i == a.size()) return true;
        Set<String> paths = new java.util.HashSet<>(a.size() * 2);
        for (Page p : a) paths.add(p.path());
        for (Page p : b) if (!paths.contains(p.path())) return false;
        return true;
    }
}
