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
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>A page is compared in its template's view ({@link #samePage}): only the record components its template can name
 * ({@link TemplateReads}) and the results of the methods it names, so a page holding every unit for their names is
 * not drawn again when a figure changes. A record the template helpers take is compared in what the template or the
 * helpers' code can name ({@link TemplateReads#helperNames}; in full when those are not known); whatever a data
 * file's maker captured is compared in full.
 */
final class ModelDiff {
    private static final Set<String> UNIVERSAL = Set.of("toString", "equals", "hashCode");
    /** A template that reads {@code x.body}, {@code x.narrative} or {@code x["body"]} sees raw Markdown. */
    private static final Pattern READS_BODY = Pattern.compile("(\\.|\\[\\s*[\"'])(body|narrative)\\b");

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
    /** Template → the names it may read ({@link TemplateReads}); a template not in it reads anything. */
    private final Map<String, Set<String>> reads;
    /** The classes the template helpers take: Java code reads them, so they are compared in full. */
    private final Set<Class<?>> helperTypes;
    /** The names one template may read, for its own view; null for the full comparison. */
    private final Set<String> readable;
    /** The full comparison (this one, or the one a template's view falls back on for what Java code may read). */
    private final ModelDiff full;
    /** The names the helpers' code refers to; null when not known (helper types are then compared in full). */
    private final Set<String> helperNames;
    /** In a template's view: the view widened by {@link #helperNames}, for what the helpers take. */
    private ModelDiff helperView;
    private final Map<String, ModelDiff> views = new HashMap<>();
    private ModelDiff makers;
    /**
     * What to compare of each record type in this view ({@link #readsOf}; a null value: compare it in full). Found
     * by reflection, so kept across rebuilds: views of the same names share one map ({@link #accessorsByView}).
     */
    private final Map<Class<?>, Method[]> accessors;
    /** The accessor maps of every view of one rule, by the names the view reads ({@link #FULL} for the full comparison). */
    private final Map<Object, Map<Class<?>, Method[]>> accessorsByView;
    private static final Object FULL = new Object();
    /** In {@link #accessors}: the record type is compared in full (its template names a method with parameters). */
    private static final Method[] IN_FULL = new Method[0];
    /** Method.invoke's arguments for an accessor: one empty array, not a new one per call. */
    private static final Object[] NO_ARGS = {};
    /**
     * Pairs already compared, by identity: a → b when they are the same, a → {@link Not}(b) when not. Pages share
     * their lists and maps (every news page holds the same map of all units, siblings the same peer lists), so each
     * pair is compared once per rebuild (and per template view), not once per page that holds it. Records are not
     * remembered: what pages share are the lists and maps holding them, and remembering every record pair cost a
     * national rebuild two thirds of its comparing time in this map.
     */
    private final Map<Object, Object> known = new IdentityHashMap<>(1 << 12);

    /** In {@link #known}: a pair found different. */
    private record Not(Object other) {}

    /** @param blindToBodies whether raw Markdown bodies may be left out (no template reads them) */
    ModelDiff(boolean blindToBodies) {
        this(blindToBodies, Map.of());
    }

    /**
     * @param reads template → the names it may read: a page's model is then compared only in what its template can
     *              reach ({@link #samePage})
     */
    ModelDiff(boolean blindToBodies, Map<String, Set<String>> reads) {
        this(blindToBodies, reads, reads.isEmpty() ? Set.of() : TemplateReads.helperTypes(), null, null,
                reads.isEmpty() ? null : TemplateReads.helperNames(), new java.util.concurrent.ConcurrentHashMap<>());
    }

    private ModelDiff(boolean blindToBodies, Map<String, Set<String>> reads, Set<Class<?>> helperTypes, Set<String> readable, ModelDiff full,
                      Set<String> helperNames, Map<Object, Map<Class<?>, Method[]>> accessorsByView) {
        this.accessorsByView = accessorsByView;
        // Shared by the comparisons of one rebuild running on several threads ({@link #fresh}): concurrent maps.
        this.accessors = accessorsByView.computeIfAbsent(readable == null ? FULL : readable, k -> new java.util.concurrent.ConcurrentHashMap<>());
        this.blindToBodies = blindToBodies;
        this.reads = reads;
        this.helperTypes = helperTypes;
        this.readable = readable;
        this.full = full == null ? this : full;
        this.helperNames = helperNames;
    }

    /** Whether a page drawn by {@code template} from model {@code a} and from model {@code b} would read the same values. */
    boolean samePage(String template, Object a, Object b) {
        Set<String> names = reads.get(template);
        if (names == null) return same(a, b);
        return views.computeIfAbsent(template, t -> new ModelDiff(blindToBodies, reads, helperTypes, names, this, helperNames, accessorsByView)).same(a, b);
    }

    /** The names a template may read ({@link TemplateReads}); null when it may read anything. */
    Set<String> readsOf(String template) {
        return reads.get(template);
    }

    /** Whether raw Markdown bodies are left out: no template reads them, only the HTML the plan makes of them. */
    boolean blindToBodies() { return blindToBodies; }

    /**
     * The same rule, with nothing remembered: one per rebuild, as the objects compared belong to two plans, and one
     * per thread comparing (an instance is not thread-safe; what they share is).
     */
    ModelDiff fresh() {
        return new ModelDiff(blindToBodies, reads, helperTypes, null, null, helperNames, accessorsByView);
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
        if (!isClosure(a.getClass())) return makers().same(a, b);
        Object seen = known.get(a);
        if (seen == b) return true;
        if (seen instanceof Not not && not.other() == b) return false;
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
        known.put(a, same ? b : new Not(b));
        return same;
    }

    /**
     * The comparison for what makers captured: every component, raw bodies included, as Java code reads anything
     * (a feed's maker writes its posts' bodies).
     */
    private ModelDiff makers() {
        if (makers == null) makers = blindToBodies || readable != null ? new ModelDiff(false) : this;
        return makers;
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
        if (a instanceof Record) return sameRecord(a, b);
        boolean remember = a instanceof List<?> x ? x.size() > 1 : ((Map<?, ?>) a).size() > 1;
        if (remember) {
            Object seen = known.get(a);
            if (seen == b) return true;
            if (seen instanceof Not not && not.other() == b) return false;
        }
        boolean same = a instanceof List<?> x ? sameList(x, (List<?>) b) : sameMap((Map<?, ?>) a, (Map<?, ?>) b);
        if (remember) known.put(a, same ? b : new Not(b));
        return same;
    }

    private boolean sameRecord(Object a, Object b) {
        Class<?> type = a.getClass();
        if (readable != null && helperTypes.contains(type)) {
            ModelDiff helpers = helperView();
            if (helpers != this) return helpers.same(a, b);
        }
        if (!blindToBodies && readable == null) return a.equals(b);
        Method[] reads = accessors.get(type);
        if (reads == null) {
            reads = readsOf(type);
            if (reads == null) reads = IN_FULL;
            accessors.put(type, reads);
        }
        if (reads == IN_FULL) return full.same(a, b);
        try {
            for (Method m : reads) {
                if (m != null && !same(m.invoke(a, NO_ARGS), m.invoke(b, NO_ARGS))) return false;
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return a.equals(b);
        }
    }

    /**
     * What to compare of a record: its accessors, null for each component left out, and (in a template's view) the
     * other methods the template names, whose results it sees ({@code unit.latestPeriod()}, {@code unit.hasEnded()})
     * whatever they read inside. Null when the template names a method with parameters (its results cannot be
     * compared here): the record is then compared in full. The {@code toString}, {@code equals} and {@code hashCode}
     * every record has are not taken as read: a template shows a record's parts, never the record itself.
     */
    private Method[] readsOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Method> found = new ArrayList<>();
        Set<String> accessorNames = new HashSet<>();
        for (RecordComponent c : components) {
            String name = c.getName();
            accessorNames.add(name);
            if (blindToBodies && isBody(type, name)) continue; // no template reads raw bodies
            if (readable != null && !readable.contains(name)) continue; // this template cannot reach it
            found.add(c.getAccessor());
        }
        if (readable != null) {
            for (Method m : type.getMethods()) {
                String name = m.getName();
                if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class || Modifier.isStatic(m.getModifiers())
                        || accessorNames.contains(name) || !readable.contains(name) || UNIVERSAL.contains(name)) continue;
                if (m.getParameterCount() > 0) return null;
                found.add(m);
            }
        }
        for (Method m : found) m.setAccessible(true);
        return found.toArray(new Method[0]);
    }

    /**
     * What a record handed to the helpers is compared in: this view widened by the names the helpers' code refers
     * to (itself once widened), or the full comparison when those names are not known.
     */
    private ModelDiff helperView() {
        if (helperNames == null) return full;
        if (helperView == null) {
            if (readable.containsAll(helperNames)) helperView = this;
            else {
                Set<String> both = new HashSet<>(readable);
                both.addAll(helperNames);
                helperView = new ModelDiff(blindToBodies, reads, helperTypes, Set.copyOf(both), full, helperNames, accessorsByView);
            }
        }
        return helperView;
    }

    private boolean sameList(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        if (a instanceof java.util.RandomAccess && b instanceof java.util.RandomAccess) {
            // By index: an iterator per list is garbage, and a rebuild compares some hundred thousand lists.
            for (int k = 0; k < a.size(); k++) if (!same(a.get(k), b.get(k))) return false;
            return true;
        }
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
