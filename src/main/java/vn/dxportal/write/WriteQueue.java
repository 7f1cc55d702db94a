package vn.dxportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Files handed over by the rendering threads and written by a thread of its own, while rendering goes on. When the
 * writer falls behind by more than {@code capacity} bytes (which bounds the memory the queue holds), the thread
 * handing a file over writes it itself instead of waiting; and once rendering is over, a thread that would only wait
 * for the last files writes beside the writer ({@link #helpUntil}, {@link #finish}).
 * <p>Why: a national portal's document library (25,000 small pages, each a new folder and file) and its search index
 * (12,000 files, made last) are cheap to draw and dear to write, and one writer held the drawing back through them,
 * with a core idle. The third session had measured two threads creating files at once spending twice the kernel time
 * of one (11.7 s of system time against 6.2 s) and kept to one writer, the rendering threads waiting when it fell
 * behind. Measured again in the seventeenth session (Linux 6.18), alternating national builds, the rendering threads
 * writing for themselves: system time 5.2–5.8 s against 4.8–7.4 s, wall time 16.3–19.9 s (median 16.7) against
 * 16.7–19.6 s (median 18.3) waiting.
 */
public final class WriteQueue implements AutoCloseable {
    private record Item(String path, List<ByteBuffer> pieces, long length) {}

    private final SiteWriter writer;
    private final long capacity;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private final Thread thread;
    private long queuedBytes;
    private boolean finished;
    private IOException failure;

    /** Starts the writer thread; {@code capacity} is how many bytes may wait for it before {@link #put} writes on its caller's thread. */
    public WriteQueue(SiteWriter writer, long capacity) {
        this.writer = writer;
        this.capacity = capacity;
        this.thread = new Thread(this::drain, "site-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one file of the new site, or writes it on the calling thread when the queue is full; throws the first
     * failure of any writing thread, so a full disk stops the build at the next page rather than at the end.
     */
    public void put(String relativePath, byte[] bytes) {
        put(relativePath, List.of(ByteBuffer.wrap(bytes)));
    }

    /** {@link #put(String, byte[])} of a file in pieces, written one after another ({@link SiteWriter#write(String, List)}). */
    public void put(String relativePath, List<ByteBuffer> pieces) {
        long length = 0;
        for (ByteBuffer p : pieces) length += p.remaining();
        Item item = new Item(relativePath, pieces, length);
        synchronized (this) {
            throwIfFailed();
            // An empty queue takes any file, even one bigger than the whole capacity.
            if (queuedBytes == 0 || queuedBytes + length <= capacity) {
                items.addLast(item);
                queuedBytes += length;
                notifyAll();
                return;
            }
        }
        // The writer is behind: this thread writes its own file rather than wait for it.
        if (!write(item)) throwIfFailed();
    }

    /**
     * Writes queued files on the calling thread too, beside the writer, until {@code producer} is done and the queue
     * is empty: for a thread that would otherwise only wait for that producer. Throws the first failure.
     */
    public void helpUntil(Future<?> producer) {
        writeQueued(producer::isDone);
        throwIfFailed();
    }

    /**
     * Waits until every queued file is written, writing on the calling thread too; throws the first failure of any
     * writing thread. Nothing may be queued after this.
     */
    public void finish() {
        synchronized (this) {
            finished = true;
            notifyAll();
        }
        writeQueued(() -> true);
        joinWriter();
        throwIfFailed();
    }

    /** Stops the writer when the build ends early (an error): files still queued are dropped, the staging folder is removed by its owner. */
    @Override
    public void close() {
        synchronized (this) {
            items.clear();
            queuedBytes = 0;
            finished = true;
            notifyAll();
        }
        joinWriter();
    }

    /** The writer thread's work: every file queued, until the queue is finished and empty. */
    private void drain() {
        writeQueued(NEVER);
    }

    /** The writer thread's condition: it stops only when the queue is finished, and put and finish wake it. */
    private static final BooleanSupplier NEVER = () -> false;

    /**
     * Writes queued files one by one until the queue is empty and either it is finished or {@code stopWhenEmpty}
     * says so; or until a write fails anywhere.
     */
    private void writeQueued(BooleanSupplier stopWhenEmpty) {
        while (true) {
            Item next = next(stopWhenEmpty);
            if (next == null || !write(next)) return;
            synchronized (this) {
                // Counted until written, so that the bytes waiting and being written stay within the capacity.
                queuedBytes = Math.max(0, queuedBytes - next.length());
                notifyAll();
            }
        }
    }

    /**
     * Writes one file; a failure is recorded (the first one is kept), the queue emptied and false returned. Any
     * failure, not only the disk's (a path the file system refuses): left unrecorded, the writer thread would end and
     * the build would wait for it forever, or finish without the files still queued.
     */
    private boolean write(Item item) {
        try {
            writer.write(item.path(), item.pieces());
            return true;
        } catch (RuntimeException e) {
            synchronized (this) {
                if (failure == null) failure = e instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getMessage(), e);
                items.clear();
                queuedBytes = 0;
                notifyAll();
            }
            return false;
        }
    }

    /** The next file to write, taken off the queue; null when there is none to wait for. */
    private synchronized Item next(BooleanSupplier stopWhenEmpty) {
        while (items.isEmpty() && !finished && failure == null) {
            if (stopWhenEmpty.getAsBoolean()) return null;
            // The writer thread is woken by put and finish; a helper also looks at its producer now and then.
            waitHere(stopWhenEmpty == NEVER ? 0 : 5);
        }
        return failure == null ? items.pollFirst() : null;
    }

    /** Waits to be notified, or at most {@code millis} ms (0: no limit); the caller holds the lock. */
    private void waitHere(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the site", e);
        }
    }

    private void joinWriter() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the site", e);
        }
    }

    private synchronized void throwIfFailed() {
        if (failure != null) throw new UncheckedIOException(failure);
    }
}
