package vn.dxportal.serve;

import vn.dxportal.render.Markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Markdown conversions kept from one rebuild to the next: the plan converts every narrative and post, and after
 * one edit all but one give the same text as before. Results not asked for during a rebuild are dropped at its end.
 */
final class MarkdownMemo implements Markdown.Memo {
    private record Key(String kind, String markdown) {}

    private Map<Key, Object> previous = new ConcurrentHashMap<>();
    private Map<Key, Object> current = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, String markdown, Function<String, T> make) {
        if (markdown == null) return make.apply(null);
        Key key = new Key(kind, markdown);
        Object kept = current.get(key);
        if (kept == null) kept = previous.get(key);
        if (kept == null) kept = make.apply(markdown);
        current.put(key, kept);
        return (T) kept;
    }

    /** Ends a rebuild: what it did not ask for is forgotten. */
    synchronized void endRun() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
