package vn.dxportal.site;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which posts a build publishes: drafts ({@code draft: true}) only with {@code --drafts}, posts dated after the
 * build date only with {@code --future}. The build date is SOURCE_DATE_EPOCH's day when set, else today (both on
 * the Vietnamese calendar), so the output depends on the date only through which posts are included.
 */
public final class Publication {
    /** Newest first; same-day posts in unit then slug order, so every build lists them alike. */
    static final Comparator<NewsPost> NEWEST_FIRST = Comparator.comparing(NewsPost::date).reversed()
            .thenComparing(NewsPost::unitSlug).thenComparing(NewsPost::slug);

    private final List<NewsPost> posts;
    private final int drafts;
    private final int future;

    private Publication(List<NewsPost> posts, int drafts, int future) {
        this.posts = posts;
        this.drafts = drafts;
        this.future = future;
    }

    public static Publication of(Portal portal, PlanContext.Options options) {
        List<NewsPost> kept = new ArrayList<>();
        int drafts = 0, future = 0;
        LocalDate today = options.today();
        for (Unit u : portal.units()) {
            for (NewsPost p : u.news()) {
                if (p.draft() && !options.drafts()) { drafts++; continue; }
                if (p.date().isAfter(today) && !options.future()) { future++; continue; }
                kept.add(p);
            }
        }
        kept.sort(NEWEST_FIRST);
        return new Publication(List.copyOf(kept), drafts, future);
    }

    /** The published Vietnamese posts, newest first. */
    public List<NewsPost> posts() { return posts; }

    /** The published posts that have a version in {@code lang}, as readers of that language see them, newest first. */
    public List<NewsPost> posts(String lang) {
        if ("vi".equals(lang)) return posts;
        return posts.stream().map(p -> p.in(lang)).filter(p -> p != null).toList();
    }

    public int draftsLeftOut() { return drafts; }

    public int futureLeftOut() { return future; }
}
