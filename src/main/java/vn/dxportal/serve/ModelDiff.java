package vn.dxportal.serve;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether two plans gave a page the same model, so that drawing it again would give the same bytes.
 * <p>Plain equality would do, but many pages hold a whole unit (for its name or its links) and so would be drawn
 * again whenever any of its narratives or posts was edited. The plan already turns every Markdown body a page
 * shows into HTML of its own ({@code narrativeHtml}, {@code bodyHtml}), which is compared; so when no template reads
 * the raw bodies ({@link #templatesReadBodies}), a period's {@code narrative} and a post's {@code body} are left out
 * of the comparison. Records are compared component by component, lists and maps element by element, everything
 * else by {@code equals}.
 */
final class ModelDiff {
    /** A template that reads {@code x.body}, {@code x.narrative} or {@code x["body"]} sees raw Markdown. */
    private static final Pattern READS_BODY = Pattern.compile("(\\.|\\[\\s*[\"'])(body|narrative)\\b");

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                if (isBody(type, components[i].getName())) continue; // left out of the comparison
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final boolean blindToBodies;

    /** @param blindToBodies whether raw Markdown bodies may be left out (no template reads them) */
    ModelDiff(boolean blindToBodies) {
        this.blindToBodies = blindToBodies;
    }

    private static boolean isBody(Class<?> type, String component) {
        return (type == Period.class && component.equals("narrative"))
                || ((type == NewsPost.class || type == NewsPost.Translation.class) && component.equals("body"));
    }

    /** Whether any template under these folders reads raw Markdown bodies. */
    static boolean templatesReadBodies(List<Path> templateDirs) {
        for (Path dir : templateDirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (READS_BODY.matcher(Files.readString(f)).find()) return true;
                }
            } catch (IOException | UncheckedIOException e) {
                return true; // unreadable: assume the worst, compare everything
            }
        }
        return false;
    }

    boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        if (a instanceof Record) return sameRecord(a, b);
        if (a instanceof List<?> x) return sameList(x, (List<?>) b);
        if (a instanceof Map<?, ?> x) return sameMap(x, (Map<?, ?>) b);
        if (a instanceof Set<?> x) return sameOrder(x, (Set<?>) b);
        return a.equals(b);
    }

    private boolean sameRecord(Object a, Object b) {
        if (!blindToBodies) return a.equals(b);
        try {
            for (Method m : ACCESSORS.get(a.getClass())) {
                if (m != null && !same(m.invoke(a), m.invoke(b))) return false;
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return a.equals(b);
        }
    }

    private boolean sameList(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        Iterator<?> i = a.iterator();
        Iterator<?> j = b.iterator();
        while (i.hasNext()) if (!same(i.next(), j.next())) return false;
        return true;
    }

    /** Maps in the same iteration order too: a template listing a map's entries draws them in that order. */
    private boolean sameMap(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) return false;
        Iterator<? extends Map.Entry<?, ?>> i = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> j = b.entrySet().iterator();
        while (i.hasNext()) {
            Map.Entry<?, ?> x = i.next();
            Map.Entry<?, ?> y = j.next();
            if (!x.getKey().equals(y.getKey()) || !same(x.getValue(), y.getValue())) return false;
        }
        return true;
    }

    private static boolean sameOrder(Set<?> a, Set<?> b) {
        if (a.size() != b.size()) return false;
        Iterator<?> i = a.iterator();
        Iterator<?> j = b.iterator();
        while (i.hasNext()) if (!java.util.Objects.equals(i.next(), j.next())) return false;
        return true;
    }
}
