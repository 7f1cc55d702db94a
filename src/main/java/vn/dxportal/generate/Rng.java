package vn.dxportal.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random source per named part of the portal ("news|phu-tho|lam-thao|3"), so that one district's text does
 * not shift when another district is added, and the same seed gives byte-identical output on any JVM
 * ({@link Random}'s algorithm is specified).
 */
final class Rng {
    private final Random random;

    private Rng(long seed) {
        this.random = new Random(seed);
    }

    static Rng of(long seed, String... parts) {
        // FNV-1a over the UTF-8 bytes: stable, unlike String.hashCode spread over 32 bits only.
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : String.join("|", parts).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new Rng(h);
    }

    /** A whole number in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long between(long lo, long hi) {
        return lo + (long) (random.nextDouble() * (hi - lo + 1));
    }

    double uniform(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    double gauss(double sigma) {
        return random.nextGaussian() * sigma;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code k} distinct items in random order. */
    <T> List<T> sample(List<T> items, int k) {
        List<T> copy = new ArrayList<>(items);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return new ArrayList<>(copy.subList(0, Math.min(k, copy.size())));
    }
}
