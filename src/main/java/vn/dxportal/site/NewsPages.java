package vn.dxportal.site;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The news list and one page per published post (drafts are left out). */
final class NewsPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        List<NewsPost> posts = new ArrayList<>();
        plan.portal().units().forEach(u -> u.news().stream().filter(p -> !p.draft()).forEach(posts::add));
        posts.sort(Comparator.comparing(NewsPost::date).reversed().thenComparing(NewsPost::unitSlug).thenComparing(NewsPost::slug));
        Map<String, Unit> units = plan.portal().unitsBySlug();
        plan.add(Urls.newsPath(), "news.ftlh", "Tin tức", Set.of("*"), Map.of("posts", posts, "unitsBySlug", units));
        for (NewsPost p : posts) {
            plan.add(Urls.postPath(p.unitSlug(), p.slug()), "article.ftlh", p.title(), Set.of(p.file()),
                    Map.of("post", p, "unit", units.get(p.unitSlug()), "bodyHtml", PlanContext.HELPERS.markdown(p.body())));
        }
    }
}
