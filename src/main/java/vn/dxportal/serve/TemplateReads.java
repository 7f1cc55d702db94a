package vn.dxportal.serve;

import vn.dxportal.render.Helpers;
import vn.dxportal.site.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names each template may read from its model: every {@code .name}, {@code ["name"]} and quoted word in its own
 * text and in every template it imports or includes, in the theme and in the portal's overrides alike. A record
 * component none of these names can reach is not read by that template, so {@link ModelDiff} may leave it out when it
 * compares that template's pages (a news page holds every unit, but reads only their names and links).
 * <p>Java code can read what a template hands it: the classes the template helpers ({@link Helpers}, {@link Urls}) take are
 * {@link #helperTypes()}. What inside them the helpers' code can read is {@link #helperNames()}: the names of
 * every method and field that code refers to, read from its class files.
 */
final class TemplateReads {
    /** A property read; not a call on the helpers ({@code urls.periods()}, {@code fmt.date(d)}), which hold no content. */
    private static final Pattern DOTTED = Pattern.compile("(?<!\\burls|\\bfmt)\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");
    /** A quoted word, which a built-in may take as a name ({@code ?sort_by("date")}, {@code x["name"]}). */
    private static final Pattern QUOTED_WORD = Pattern.compile("[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']");
    /** A string with nothing interpolated: its dots are text ({@code t("nav.news")}), not property reads. */
    private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"$]*\"|'[^'$]*'");
    /** What reads a value's properties without naming them: such a template is taken to read anything. */
    private static final Pattern UNNAMED = Pattern.compile("\\?\\s*(keys|values|api|eval|eval_json|interpret)\\b|\\.(vars|data_model|globals|locals|main|namespace)\\b");
    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+[\"']([^\"']+)[\"']");

    private TemplateReads() {}

    /**
     * Template name → the names it may read; a template missing from the map (or whose imports cannot be found or
     * read) reads anything.
     */
    static Map<String, Set<String>> of(List<Path> templateDirs) {
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, Set<String>> imports = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        try {
            for (Path dir : templateDirs) {
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = dir.relativize(f).toString().replace('\\', '/');
                        String text = Files.readString(f);
                        if (UNNAMED.matcher(text).find()) {
                            unknown.add(name); // it, and every template importing it, reads anything
                            continue;
                        }
                        Set<String> names = own.computeIfAbsent(name, k -> new HashSet<>());
                        Matcher q = QUOTED_WORD.matcher(text);
                        while (q.find()) names.add(q.group(1));
                        Matcher m = DOTTED.matcher(PLAIN_STRING.matcher(text).replaceAll("\"\""));
                        while (m.find()) names.add(m.group(1));
                        Matcher i = IMPORT.matcher(text);
                        Set<String> used = imports.computeIfAbsent(name, k -> new HashSet<>());
                        while (i.find()) used.add(i.group(1).replaceFirst("^/", ""));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Map.of(); // unreadable: every template reads anything
        }
        Map<String, Set<String>> reads = new HashMap<>();
        for (String template : own.keySet()) {
            Set<String> names = closure(template, own, imports, unknown);
            if (names != null) reads.put(template, Set.copyOf(names));
        }
        return reads;
    }

    /** The names of a template and all it imports; null when one of them is not found or reads anything. */
    private static Set<String> closure(String template, Map<String, Set<String>> own, Map<String, Set<String>> imports, Set<String> unknown) {
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(template));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!seen.add(t)) continue;
            if (!own.containsKey(t) || unknown.contains(t)) return null;
            names.addAll(own.get(t));
            todo.addAll(imports.get(t));
        }
        return names;
    }

    /** Every class a public method of the helpers ({@code fmt}, {@code urls}) takes, with the element types of the lists and maps it takes. */
    static Set<Class<?>> helperTypes() {
        Set<Class<?>> types = new HashSet<>();
        for (Class<?> helper : List.of(Helpers.class, Urls.class)) {
            for (Method m : helper.getMethods()) {
                if (m.getDeclaringClass() != helper || !Modifier.isPublic(m.getModifiers())) continue;
                for (Type t : m.getGenericParameterTypes()) addTypes(t, types);
            }
        }
        return types;
    }

    /**
     * Every method and field name the helpers' code ({@link Helpers}, {@link Urls}, lambdas included) refers to, read
     * from the constant pools of their class files: a record handed to a helper can be read by that code only
     * through these names (the records it reaches pass on to {@code Charts} and {@code Formats} only as strings and
     * numbers). Null when a class file cannot be read: the records they take are then compared in full.
     */
    static Set<String> helperNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> helper : List.of(Helpers.class, Urls.class)) {
            try (java.io.InputStream in = helper.getResourceAsStream(helper.getSimpleName() + ".class")) {
                if (in == null) return null;
                names.addAll(referencedNames(new java.io.DataInputStream(new java.io.BufferedInputStream(in))));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return Set.copyOf(names);
    }

    /** The names of the NameAndType entries of a class file's constant pool: every member its code refers to. */
    static Set<String> referencedNames(java.io.DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> nameIndexes = new java.util.ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; } // a long or double takes two entries
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 17, 18 -> in.readInt();
                case 12 -> { nameIndexes.add(in.readUnsignedShort()); in.readUnsignedShort(); }
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new HashSet<>();
        for (int i : nameIndexes) names.add(utf8[i]);
        return names;
    }

    private static void addTypes(Type t, Set<Class<?>> into) {
        if (t instanceof Class<?> c) into.add(c);
        else if (t instanceof ParameterizedType p) {
            addTypes(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) addTypes(a, into);
        }
    }
}
