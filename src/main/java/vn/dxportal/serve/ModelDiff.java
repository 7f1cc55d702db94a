package vn.dxportal.serve;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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

    /** The captured values of a lambda or anonymous class: its final instance fields, readable. */
    private static final ClassValue<List<Field>> CAPTURED = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || !Modifier.isFinal(m)) continue; // not captured, or a cache it fills itself
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return fields;
        }
    };

    private final boolean blindToBodies;
    /**
     * Pairs already compared, by identity. Pages share their objects (every news page holds the same map of all
     * units), so each pair is compared once per rebuild, not once per page that holds it.
     */
    private final Map<Object, Object> knownSame = new IdentityHashMap<>();
    private final Map<Object, Object> knownDifferent = new IdentityHashMap<>();

    /** @param blindToBodies whether raw Markdown bodies may be left out (no template reads them) */
    ModelDiff(boolean blindToBodies) {
        this.blindToBodies = blindToBodies;
    }

    /** Whether raw Markdown bodies are left out: no template reads them, only the HTML the plan makes of them. */
    boolean blindToBodies() { return blindToBodies; }

    /** The same rule, with nothing remembered: one per rebuild, as the objects compared belong to two plans. */
    ModelDiff fresh() {
        return new ModelDiff(blindToBodies);
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

    /**
     * Whether two data files' makers would make the same bytes. A maker is a lambda (or anonymous class) and a
     * pure function of what it captured: the same code with the same captured values makes the same file. Fields
     * it fills itself (a memo's cached result) are not final and not compared. A maker that captured a file path
     * reads that file when run, whose bytes may have changed since: it is never taken as the same.
     */
    boolean sameMaker(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        if (!isClosure(a.getClass())) return same(a, b);
        if (knownSame.get(a) == b) return true;
        if (knownDifferent.get(a) == b) return false;
        boolean same = true;
        try {
            for (Field f : CAPTURED.get(a.getClass())) {
                Object x = f.get(a);
                Object y = f.get(b);
                if (x instanceof Path || y instanceof Path || !sameMaker(x, y)) {
                    same = false;
                    break;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            same = false; // cannot look inside: make the file again
        }
        (same ? knownSame : knownDifferent).put(a, b);
        return same;
    }

    private static boolean isClosure(Class<?> type) {
        return type.isHidden() || type.isAnonymousClass() || type.isSynthetic();
    }

    boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        if (!(a instanceof Record || a instanceof List<?> || a instanceof Map<?, ?>)) {
            return a instanceof Set<?> x ? sameOrder(x, (Set<?>) b) : a.equals(b);
        }
        if (knownSame.get(a) == b) return true;
        if (knownDifferent.get(a) == b) return false;
        boolean same = a instanceof Record ? sameRecord(a, b)
                : a instanceof List<?> x ? sameList(x, (List<?>) b)
                : sameMap((Map<?, ?>) a, (Map<?, ?>) b);
        (same ? knownSame : knownDifferent).put(a, b);
        return same;
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
