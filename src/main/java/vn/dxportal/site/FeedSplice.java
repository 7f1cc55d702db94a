package vn.dxportal.site;

import vn.dxportal.model.NewsPost;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Atom feeds seen from the live preview: a feed file after one post's Markdown body was edited, without planning again. */
public final class FeedSplice {
    private FeedSplice() {}

    /**
     * The feed {@code maker} with {@code post} carrying {@code newBody} instead: null when the maker is not a feed
     * file or {@code post} is not among the entries it writes (it then does not change).
     */
    public static Supplier<byte[]> replaceBody(Supplier<byte[]> maker, NewsPost post, String newBody) {
        if (!(maker instanceof AtomFeed.File feed)) return null;
        List<NewsPost> posts = feed.spec().posts();
        int at = posts.subList(0, Math.min(AtomFeed.ENTRIES, posts.size())).indexOf(post);
        if (at < 0) return null;
        List<NewsPost> edited = new ArrayList<>(posts);
        edited.set(at, new NewsPost(post.slug(), post.unitSlug(), post.title(), post.date(), post.author(), post.source(), post.category(),
                post.tags(), post.summary(), post.image(), post.draft(), post.period(), newBody, post.file(), post.translations()));
        AtomFeed.Spec s = feed.spec();
        return new AtomFeed.File(new AtomFeed.Spec(s.lang(), s.title(), s.author(), s.selfPath(), s.htmlPath(), s.baseUrl(), List.copyOf(edited)),
                feed.postPrefix());
    }
}
