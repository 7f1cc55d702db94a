package vn.dxportal.site;

import vn.dxportal.content.Slugs;
import vn.dxportal.model.NewsPost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Related posts: the ones sharing most tags, then the same category, then the same unit, nearest in date first.
 * Computed for all posts at once from a group index, looking only at the few posts nearest in time within each
 * group, so it stays linear at national scale (thousands of posts share the tag "chuyển đổi số").
 */
final class Related {
    static final int SHOWN = 3;
    /** How many neighbours in time, each side, to consider within each tag, category and unit. */
    private static final int WINDOW = 12;

    private Related() {}

    /** @param posts newest first; the result lists each post's related posts, best first */
    static Map<NewsPost, List<NewsPost>> of(List<NewsPost> posts) {
        Map<String, List<NewsPost>> groups = new HashMap<>();
        Map<NewsPost, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            NewsPost p = posts.get(i);
            order.put(p, i);
            for (String key : keys(p)) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        // Where each post sits in each of its groups, found once rather than by scanning per post.
        Map<String, Map<NewsPost, Integer>> positions = new HashMap<>();
        groups.forEach((key, list) -> {
            Map<NewsPost, Integer> at = new IdentityHashMap<>();
            for (int i = 0; i < list.size(); i++) at.put(list.get(i), i);
            positions.put(key, at);
        });
        Map<NewsPost, List<NewsPost>> out = new IdentityHashMap<>();
        for (NewsPost p : posts) {
            Map<NewsPost, Integer> score = new IdentityHashMap<>();
            for (String key : keys(p)) {
                List<NewsPost> g = groups.get(key);
                int at = positions.get(key).get(p);
                int weight = key.startsWith("t:") ? 4 : key.startsWith("c:") ? 2 : 1;
                for (int k = Math.max(0, at - WINDOW); k < Math.min(g.size(), at + WINDOW + 1); k++) {
                    if (k != at) score.merge(g.get(k), weight, Integer::sum);
                }
            }
            int self = order.get(p);
            out.put(p, score.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<NewsPost, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(e -> Math.abs(order.get(e.getKey()) - self))
                            .thenComparingInt(e -> order.get(e.getKey())))
                    .limit(SHOWN).map(Map.Entry::getKey).toList());
        }
        return out;
    }

    private static List<String> keys(NewsPost p) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        p.tags().forEach(t -> keys.add("t:" + Slugs.slugify(t)));
        if (p.category() != null) keys.add("c:" + Slugs.slugify(p.category()));
        keys.add("u:" + p.unitSlug());
        return List.copyOf(keys);
    }
}
