package vn.dxportal.serve;

import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A site kept up to date while its sources change: the incremental build, driven by a watcher on the content
 * folder (with its layouts/) and the theme. Listeners hear of every rebuild, good or failed; {@link #errors()} are
 * the last rebuild's errors (empty when the site is good), while the output keeps the last good build.
 */
public final class LiveSite implements AutoCloseable {
    /** Quiet time that ends an editor's burst of events: short, so a save shows at once. */
    static final long QUIET_MILLIS = 20;

    private final IncrementalBuild engine;
    private final List<Consumer<IncrementalBuild.Outcome>> listeners = new CopyOnWriteArrayList<>();
    private final SourceWatcher watcher;
    private volatile List<Diagnostic> errors;
    private volatile boolean everGood;
    private volatile long generation;
    private final IncrementalBuild.Outcome first;

    /** Builds once, then watches; {@code options.out()} is a folder the live site owns. */
    public LiveSite(Pipeline.Options options) throws IOException {
        engine = new IncrementalBuild(options);
        first = engine.build();
        settle(first);
        watcher = new SourceWatcher(List.of(options.content(), options.theme()), QUIET_MILLIS, this::changed);
    }

    /** The outcome of the first build is available through {@link #errors()}; later ones come here. */
    public void onRebuild(Consumer<IncrementalBuild.Outcome> listener) {
        listeners.add(listener);
    }

    private void changed(Set<Path> files) {
        IncrementalBuild.Outcome outcome = engine.rebuild(files);
        settle(outcome);
        for (Consumer<IncrementalBuild.Outcome> l : listeners) l.accept(outcome);
    }

    private synchronized void settle(IncrementalBuild.Outcome outcome) {
        errors = outcome.ok() ? List.of() : outcome.errors();
        everGood |= outcome.ok();
        generation++;
    }

    public Path out() { return engine.out(); }

    /** What the first build did. */
    public IncrementalBuild.Outcome first() { return first; }

    /** The last rebuild's errors; empty when it succeeded. */
    public List<Diagnostic> errors() { return errors; }

    /** Whether any build has succeeded, so there is a last good site to show. */
    public boolean hasSite() { return everGood; }

    /** Counts rebuilds: a page served at one generation is stale at the next. */
    public long generation() { return generation; }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
