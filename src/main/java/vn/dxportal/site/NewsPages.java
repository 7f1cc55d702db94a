package vn.dxportal.site;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The news section, once per language that has posts: the portal's list and each unit's (paginated), a page per
 * category and per tag, one page per post with previous/next in its unit and related posts, and Atom feeds for
 * the portal and each unit when the base URL is known.
 */
final class NewsPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        Publication pub = plan.publication();
        for (String lang : plan.languages().all()) {
            List<NewsPost> posts = pub.posts(lang);
            // Vietnamese always has a news list (even empty); another language only when some post is translated.
            if (posts.isEmpty() && !lang.equals(plan.languages().defaultLanguage())) continue;
            edition(plan, lang, posts);
        }
        if (pub.draftsLeftOut() > 0) plan.note(pub.draftsLeftOut() + " bài nháp (draft: true) không được đăng; dùng --drafts để xem trước.");
        if (pub.futureLeftOut() > 0) plan.note(pub.futureLeftOut() + " bài có ngày đăng sau ngày dựng (" + plan.options().today()
                + ") chưa được đăng; dùng --future để xem trước.");
        if (plan.baseUrl() == null && !pub.posts().isEmpty()) {
            plan.note("Không tạo nguồn tin Atom (tin-tuc/atom.xml) vì chưa biết địa chỉ gốc của cổng: ghi base_url trong site.yaml hoặc dùng --base-url.");
        }
    }

    private static void edition(PlanContext plan, String lang, List<NewsPost> posts) {
        Map<String, Unit> units = plan.unitsBySlug();
        int size = plan.portal().site().pageSize();
        String title = "en".equals(lang) ? "News" : "Tin tức";
        Set<String> all = Set.of("*");

        Map<String, List<NewsPost>> byUnit = new LinkedHashMap<>();
        for (NewsPost p : posts) byUnit.computeIfAbsent(p.unitSlug(), k -> new ArrayList<>()).add(p);
        List<Topic> categories = Topic.categories(posts);
        List<Topic> tags = Topic.tags(posts);
        String prefix = plan.languages().prefix(lang);
        boolean feeds = plan.baseUrl() != null && !posts.isEmpty();

        list(plan, lang, Urls.newsPath(), title, all, posts, Map.of("kind", "all", "categories", categories,
                "feed", feeds ? prefix + Urls.feedPath() : ""));
        if (feeds) plan.addData(prefix + Urls.feedPath(), all, new AtomFeed.File(new AtomFeed.Spec(lang,
                plan.portal().site().titleIn(lang) + " – " + title, author(plan), prefix + Urls.feedPath(), prefix + Urls.newsPath(),
                plan.baseUrl(), posts), prefix));

        byUnit.forEach((slug, unitPosts) -> {
            Unit u = units.get(slug);
            list(plan, lang, Urls.unitNewsPath(slug), title + " – " + u.info().nameIn(lang), Set.of("units/" + slug + "/news/"), unitPosts,
                    Map.of("kind", "unit", "unit", u, "feed", feeds ? prefix + Urls.unitFeedPath(slug) : "", "feedTitle", u.info().nameIn(lang)));
        });

        plan.add(lang, Urls.categoriesPath(), "topics.ftlh", "en".equals(lang) ? "Categories" : "Chuyên mục", all,
                Map.of("kind", "category", "topics", categories));
        plan.add(lang, Urls.tagsPath(), "topics.ftlh", "en".equals(lang) ? "Tags" : "Từ khoá", all, Map.of("kind", "tag", "topics", tags));
        for (Topic c : categories) list(plan, lang, Urls.categoryPath(c.slug()), c.name(), all, c.posts(), Map.of("kind", "category", "topic", c));
        for (Topic t : tags) list(plan, lang, Urls.tagPath(t.slug()), t.name(), all, t.posts(), Map.of("kind", "tag", "topic", t));

        Map<NewsPost, List<NewsPost>> related = Related.of(posts);
        byUnit.forEach((slug, unitPosts) -> {
            for (int i = 0; i < unitPosts.size(); i++) {
                NewsPost p = unitPosts.get(i);
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("post", p);
                model.put("unit", units.get(slug));
                String postFile = "units/" + slug + "/news/" + p.file().substring(p.file().lastIndexOf('/') + 1), page = prefix + Urls.postPath(slug, p.slug());
                model.put("bodyHtml", new vn.dxportal.render.LazyHtml(p.body(), postFile + " " + page, href -> ContentLinks.rewrite(postFile, page, href)));
                model.put("newer", i > 0 ? unitPosts.get(i - 1) : null);
                model.put("older", i + 1 < unitPosts.size() ? unitPosts.get(i + 1) : null);
                model.put("related", related.get(p));
                model.put("unitsBySlug", units);
                model.put("lastmod", p.date());
                model.put("feed", feeds ? prefix + Urls.unitFeedPath(slug) : "");
                model.put("feedTitle", units.get(slug).info().nameIn(lang));
                if (p.image() != null) {
                    // The image is published beside the post, under its own file name; the Vietnamese edition copies it.
                    String name = p.image().src().substring(p.image().src().lastIndexOf('/') + 1);
                    String imagePath = Urls.postPath(slug, p.slug()).replace("index.html", name);
                    model.put("imagePath", imagePath);
                    if (lang.equals(plan.languages().defaultLanguage())) {
                        Path source = Path.of(p.file()).resolveSibling(p.image().src());
                        plan.addData(imagePath, Set.of(p.file()), () -> read(source));
                    }
                }
                model.values().removeIf(v -> v == null);
                plan.add(lang, Urls.postPath(slug, p.slug()), "article.ftlh", p.title(), Set.of(p.file()), model);
            }
            // The unit's feed right after its posts: it is drawn a moment after them and takes their HTML as it is
            // (Markdown.toHtml keeps the last few bodies) instead of making it again.
            if (feeds) {
                Unit u = units.get(slug);
                String unitFeed = prefix + Urls.unitFeedPath(slug);
                plan.addData(unitFeed, Set.of("units/" + slug + "/news/"), new AtomFeed.File(new AtomFeed.Spec(lang,
                        u.info().nameIn(lang) + " – " + title, u.info().agency() != null ? u.info().agency().name() : u.info().nameIn(lang),
                        unitFeed, prefix + Urls.unitNewsPath(slug), plan.baseUrl(), unitPosts), prefix));
            }
        });
    }

    /** A paginated list of posts: page 1 at {@code path}, page n at {@code .../trang-n/}. */
    private static void list(PlanContext plan, String lang, String path, String title, Set<String> dependsOn, List<NewsPost> posts,
                             Map<String, Object> extra) {
        for (Pager<NewsPost> page : Pager.paginate(posts, plan.portal().site().pageSize(), path)) {
            Map<String, Object> model = new LinkedHashMap<>(extra);
            model.put("pager", page);
            model.put("unitsBySlug", plan.unitsBySlug());
            model.put("listTitle", title);
            plan.add(lang, page.path(), "news.ftlh", page.number() == 1 ? title : title + " (" + page.number() + ")", dependsOn, model);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A feed's author: the managing agency when site.yaml names it, else the portal. */
    private static String author(PlanContext plan) {
        return plan.portal().site().agency() != null ? plan.portal().site().agency().name() : plan.portal().site().title();
    }
}
