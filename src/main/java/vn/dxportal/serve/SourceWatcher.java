package vn.dxportal.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them (new sub-folders too) and reports changed files in batches. Editors
 * save in bursts (a temporary file, a rename, a second write): events are gathered until {@code quietMillis} pass
 * without one, so one save is one batch. A batch is null when events were lost (the operating system's queue
 * overflowed): then the caller must check everything.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    SourceWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        for (Path root : roots) if (Files.isDirectory(root)) register(root.toAbsolutePath().normalize(), null);
        thread = new Thread(this::run, "dxportal-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers a folder and its sub-folders; files found in them go into {@code found} (a folder moved in). */
    private void register(Path dir, Set<Path> found) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p)) {
                    dirs.put(p.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE), p);
                } else if (found != null) found.add(p);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                boolean lost = false;
                while (key != null) {
                    lost |= drain(key, batch);
                    key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                }
                onChange.accept(lost ? null : batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** @return whether events were lost */
    private boolean drain(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) { lost = true; continue; }
            Path changed = dir.resolve((Path) event.context());
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed, batch);
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) dirs.remove(key); // the folder is gone
        return lost;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
