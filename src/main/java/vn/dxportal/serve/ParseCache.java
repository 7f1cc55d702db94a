package vn.dxportal.serve;

import vn.dxportal.content.ContentLoader;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.validate.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parsed content files and their own findings, kept between the incremental build's runs. A file is parsed again
 * only when its content hash changed: a file whose size and modification time are as last seen, and that no
 * watcher event named, is taken as unchanged without being read at all, so one edit among ten thousand files
 * reads one file. Entries of files no run asked for any more (deleted files) are dropped after each run.
 */
final class ParseCache implements ContentLoader.FileCache, Validator.CheckCache {
    /** {@code asked} and {@code parse}: the path the loader named and how it parsed it, to parse it again alone. */
    private record Entry(FileTime modified, long size, byte[] hash, ContentLoader.Parsed parsed, Path asked,
                         Function<Path, ContentLoader.Parsed> parse) {}

    /** One file's parse before and after {@link #refresh}: the same object when its bytes did not change. */
    record Refreshed(ContentLoader.Parsed before, ContentLoader.Parsed after) {
        boolean changed() { return before != after; }
    }

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    /** Files a watcher said changed: read and hashed again whatever their size and time say. */
    private final Set<Path> suspects = ConcurrentHashMap.newKeySet();
    private final Set<Path> askedThisRun = ConcurrentHashMap.newKeySet();
    private Map<YamlDocument, List<Diagnostic>> checks = new IdentityHashMap<>();
    private Map<YamlDocument, List<Diagnostic>> checksThisRun = new IdentityHashMap<>();
    private int parsedThisRun;
    /** How many times a file's parse was replaced by a new one, ever: a {@link ContentMemo} knows from it what changed. */
    private long replaced;

    /** Marks files as possibly changed; null marks every file (after a lost watcher event). */
    void suspect(Collection<Path> changed) {
        if (changed == null) suspects.addAll(files.keySet());
        else for (Path p : changed) suspects.add(p.toAbsolutePath().normalize());
    }

    @Override
    public ContentLoader.Parsed get(Path file, Function<Path, ContentLoader.Parsed> parse) {
        Path key = file.toAbsolutePath().normalize();
        askedThisRun.add(key);
        BasicFileAttributes attrs;
        byte[] bytes;
        try {
            attrs = Files.readAttributes(key, BasicFileAttributes.class);
            Entry known = files.get(key);
            if (known != null && !suspects.remove(key) && known.modified().equals(attrs.lastModifiedTime()) && known.size() == attrs.size()) {
                return known.parsed();
            }
            bytes = Files.readAllBytes(key);
            byte[] hash = Hashes.sha256(bytes);
            if (known != null && Arrays.equals(known.hash(), hash)) {
                files.put(key, new Entry(attrs.lastModifiedTime(), attrs.size(), hash, known.parsed(), file, parse));
                return known.parsed();
            }
            ContentLoader.Parsed parsed = parse.apply(file);
            synchronized (this) {
                parsedThisRun++;
                replaced++;
            }
            files.put(key, new Entry(attrs.lastModifiedTime(), attrs.size(), hash, parsed, file, parse));
            return parsed;
        } catch (IOException e) {
            files.remove(key);
            return parse.apply(file); // the loader reports an unreadable file in its own words
        }
    }

    /**
     * Reads one known file again outside a load (a fast path of the incremental build) and parses it the way the last
     * load did when its bytes changed; null when no load parsed it or it cannot be read now. A later load takes the
     * new parse as it is.
     */
    synchronized Refreshed refresh(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Entry known = files.get(key);
        if (known == null) return null;
        try {
            BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
            byte[] hash = Hashes.sha256(Files.readAllBytes(key));
            ContentLoader.Parsed parsed = known.parsed();
            if (!Arrays.equals(known.hash(), hash)) {
                parsed = known.parse().apply(known.asked());
                parsedThisRun++;
                replaced++;
            }
            files.put(key, new Entry(attrs.lastModifiedTime(), attrs.size(), hash, parsed, known.asked(), known.parse()));
            suspects.remove(key);
            return new Refreshed(known.parsed(), parsed);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized List<Diagnostic> get(YamlDocument doc, Supplier<List<Diagnostic>> check) {
        List<Diagnostic> found = checks.get(doc);
        if (found == null) found = checksThisRun.get(doc);
        if (found == null) found = List.copyOf(check.get());
        checksThisRun.put(doc, found);
        return found;
    }

    /** Whether any file this cache holds is {@code path} or lies under it (a folder). */
    boolean holdsAnythingAt(Path path) {
        Path key = path.toAbsolutePath().normalize();
        for (Path known : files.keySet()) if (known.startsWith(key)) return true;
        return false;
    }

    /** How many times a parse was replaced since this cache was made. */
    synchronized long replaced() {
        return replaced;
    }

    /** Marks every file held as asked for by this run: a run that took the last load's content reads none of them. */
    void keepAll() {
        askedThisRun.addAll(files.keySet());
    }

    /** How many files were parsed since the last count, without ending a run (a fast path does not load). */
    synchronized int takeParsed() {
        int parsed = parsedThisRun;
        parsedThisRun = 0;
        return parsed;
    }

    /** Ends a run: forgets files and findings the run did not ask for; returns how many files it parsed. */
    synchronized int endRun() {
        files.keySet().retainAll(askedThisRun);
        askedThisRun.clear();
        checks = checksThisRun;
        checksThisRun = new IdentityHashMap<>();
        int parsed = parsedThisRun;
        parsedThisRun = 0;
        return parsed;
    }
}
