package vn.dxportal.serve;

import vn.dxportal.site.Kept;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parts of page models one plan made ({@link Kept}), kept for the next: a part made from the very same objects is
 * handed back as it was. Parts not asked for during a plan are dropped at its end.
 */
final class KeptMemo implements Kept.Memo {
    private record Made(List<Object> inputs, Object value) {}

    private Map<String, Made> previous = new ConcurrentHashMap<>();
    private Map<String, Made> current = new ConcurrentHashMap<>();

    @Override
    public Object kept(String key, List<Object> inputs, Supplier<?> make) {
        Made last = previous.get(key);
        Object value = last != null && sameObjects(last.inputs(), inputs) ? last.value() : make.get();
        current.put(key, new Made(inputs, value));
        return value;
    }

    @Override
    public void made(String key, List<Object> inputs, Object value) {
        current.put(key, new Made(inputs, value));
    }

    /** The same objects in the same order, by identity. */
    static boolean sameObjects(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    /** Ends a plan: what it did not ask for is forgotten. */
    synchronized void endRun() {
        previous = current;
        // Sized for as many parts as this plan asked for (some 20,000 at national scale), not grown to it again.
        current = new ConcurrentHashMap<>(Math.max(16, previous.size()));
    }
}
