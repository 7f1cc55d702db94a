package vn.dxportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Files handed over by the rendering threads and written by one thread of its own, while rendering goes on.
 * <p>Why one writer: on this project's ext4 disks, two threads creating files at once spent twice the kernel time
 * of one thread writing the same files (a national portal's 59,000 files: 11.7 s of system time against 6.2 s),
 * and were slower on the clock too. Rendering threads no longer wait for the disk either, unless the writer falls
 * behind by more than {@code capacity} bytes, which bounds the memory the queue can hold.
 * <p>Once rendering is over, though, a thread that would only wait for the disk writes beside the writer
 * ({@link #helpUntil}, {@link #finish}): the search index's 12,000 files of a national portal reach the queue last, and
 * with one writer the build's last second or so used one core of two.
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

    /** Starts the writer thread; {@code capacity} is how many bytes may wait for it before {@link #put} blocks. */
    public WriteQueue(SiteWriter writer, long capacity) {
        this.writer = writer;
        this.capacity = capacity;
        this.thread = new Thread(this::drain, "site-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one file of the new site. Blocks while the queue is full; throws the writer's first failure, so a full
     * disk stops the build at the next page rather than at the end.
     */
    public void put(String relativePath, byte[] bytes) {
        put(relativePath, List.of(ByteBuffer.wrap(bytes)));
    }

    /** {@link #put(String, byte[])} of a file in pieces, written one after another ({@link SiteWriter#write(String, List)}). */
    public void put(String relativePath, List<ByteBuffer> pieces) {
        long length = 0;
        for (ByteBuffer p : pieces) length += p.remaining();
        synchronized (this) {
            // A file bigger than the whole capacity still goes in, alone.
            while (failure == null && queuedBytes > 0 && queuedBytes + length > capacity) waitHere();
            throwIfFailed();
            items.addLast(new Item(relativePath, pieces, length));
            queuedBytes += length;
            notifyAll();
        }
    }

    /**
     * Writes queued files on the calling thread too, beside the writer, until {@code producer} is done and the queue
     * is empty: for a thread that would otherwise only wait for that producer. Throws the first failure.
     */
    public void helpUntil(Future<?> producer) {
        writeQueued(producer::isDone);
        synchronized (this) {
            throwIfFailed();
        }
    }

    /**
     * Waits until every queued file is written, writing on the calling thread too; throws the writer's first
     * failure. Nothing may be queued after this.
     */
    public void finish() {
        synchronized (this) {
            finished = true;
            notifyAll();
        }
        writeQueued(() -> true);
        joinWriter();
        synchronized (this) {
            throwIfFailed();
        }
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
            if (next == null) return;
            try {
                writer.write(next.path(), next.pieces());
            } catch (RuntimeException e) {
                // Any failure, not only the disk's (a path the file system refuses): left unrecorded, the thread would
                // end and the build would wait for it forever, or finish without the files still queued.
                synchronized (this) {
                    if (failure == null) failure = e instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getMessage(), e);
                    items.clear();
                    queuedBytes = 0;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                // Counted until written, so that the bytes waiting and being written stay within the capacity.
                queuedBytes = Math.max(0, queuedBytes - next.length());
                notifyAll();
            }
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

    private void waitHere() {
        waitHere(0);
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

    private void throwIfFailed() {
        if (failure != null) throw new UncheckedIOException(failure);
    }
}
