package vn.dxportal.site;

import vn.dxportal.content.Slugs;
import vn.dxportal.model.NewsPost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A category or a tag with its posts. Names are grouped by their folded slug, so "Tin hoạt động" and
 * "tin hoạt động" are one topic (shown as first written in the newest post) at {@code .../tin-hoat-dong/}.
 */
public record Topic(String slug, String name, List<NewsPost> posts) {

    /** Topics of {@code posts} (newest first) by the names {@code names} gives each post, most posts first, then by slug. */
    static List<Topic> group(List<NewsPost> posts, Function<NewsPost, List<String>> names) {
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, List<NewsPost>> byslug = new LinkedHashMap<>();
        for (NewsPost p : posts) {
            for (String n : names.apply(p)) {
                if (n == null || n.isBlank()) continue;
                String slug = Slugs.slugify(n);
                if (slug.isEmpty()) continue;
                label.putIfAbsent(slug, n.strip());
                List<NewsPost> list = byslug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != p) list.add(p);
            }
        }
        List<Topic> out = new ArrayList<>();
        byslug.forEach((slug, list) -> out.add(new Topic(slug, label.get(slug), List.copyOf(list))));
        out.sort((a, b) -> a.posts.size() != b.posts.size() ? b.posts.size() - a.posts.size() : a.slug.compareTo(b.slug));
        return out;
    }

    static List<Topic> categories(List<NewsPost> posts) {
        return group(posts, p -> p.category() == null ? List.of() : List.of(p.category()));
    }

    static List<Topic> tags(List<NewsPost> posts) { return group(posts, NewsPost::tags); }
}
