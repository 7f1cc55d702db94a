package vn.dxportal.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded memo shared by the rendering threads: it keeps the {@code capacity} values last asked for and forgets
 * the least recently used, so a long-lived preview does not grow with every edit. A value is made outside the lock;
 * two threads asking for the same missing key may both make it, and either result is kept (they are equal).
 */
final class RecentlyUsed<K, V> {
    private final Map<K, V> values;

    RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Supplier<V> make) {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) return known;
        }
        V made = make.get();
        synchronized (values) {
            values.putIfAbsent(key, made);
        }
        return made;
    }

    int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
