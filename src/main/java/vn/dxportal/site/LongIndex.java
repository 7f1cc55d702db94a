package vn.dxportal.site;

import java.util.Arrays;

/**
 * Long keys numbered 0, 1, 2… in the order they are first added: an open-addressing table of primitives, for the
 * search index's tens of millions of term lookups, where a {@code HashMap<String, …>} spent most of its time hashing
 * freshly made strings and following pointers. Not thread-safe.
 */
final class LongIndex {
    private long[] table;      // the key in each slot
    private int[] numbers;     // the key's number + 1 in each slot; 0: empty
    private long[] keys;       // the keys by number
    private int[] slots;       // each number's slot, so that clear() touches only the slots in use
    private int size;
    private int mask;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[capacity];
        numbers = new int[capacity];
        keys = new long[Math.max(16, expected)];
        slots = new int[keys.length];
        mask = capacity - 1;
    }

    int size() { return size; }

    long key(int number) { return keys[number]; }

    /** The key's number, the next free one if the key is new (then {@link #size()} grows by one). */
    int add(long key) {
        int slot = slot(key);
        while (numbers[slot] != 0) {
            if (table[slot] == key) return numbers[slot] - 1;
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        table[slot] = key;
        numbers[slot] = size + 1;
        keys[size] = key;
        slots[size] = slot;
        size++;
        if (size * 2 > table.length) grow();
        return size - 1;
    }

    /** Forgets every key, in time proportional to how many there were (the table is reused piece after piece). */
    void clear() {
        for (int i = 0; i < size; i++) numbers[slots[i]] = 0;
        size = 0;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing: consecutive keys spread over the whole table
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        table = new long[table.length * 2];
        numbers = new int[table.length];
        mask = table.length - 1;
        for (int n = 0; n < size; n++) {
            int slot = slot(keys[n]);
            while (numbers[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = keys[n];
            numbers[slot] = n + 1;
            slots[n] = slot;
        }
    }
}
