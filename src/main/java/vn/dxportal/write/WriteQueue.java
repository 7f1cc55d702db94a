package vn.dxportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Files handed over by the rendering threads and written by one thread of its own, while rendering goes on.
 * <p>Why one writer: on this project's ext4 disks, two threads creating files at once spent twice the kernel time
 * of one thread writing the same files (a national portal's 59,000 files: 11.7 s of system time against 6.2 s),
 * and were slower on the clock too. Rendering threads no longer wait for the disk either, unless the writer falls
 * behind by more than {@code capacity} bytes, which bounds the memory the queue can hold.
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

    /** Waits until every queued file is written; throws the writer's first failure. */
    public void finish() {
        synchronized (this) {
            finished = true;
            notifyAll();
        }
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

    private void drain() {
        while (true) {
            Item next;
            synchronized (this) {
                while (items.isEmpty() && !finished) waitHere();
                if (items.isEmpty()) return;
                next = items.peekFirst();
            }
            try {
                writer.write(next.path(), next.pieces());
            } catch (RuntimeException e) {
                // Any failure, not only the disk's (a path the file system refuses): left unrecorded, the thread would
                // end and the build would wait for it forever, or finish without the files still queued.
                synchronized (this) {
                    failure = e instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getMessage(), e);
                    items.clear();
                    queuedBytes = 0;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                items.pollFirst();
                queuedBytes -= next.length();
                notifyAll();
            }
        }
    }

    private void waitHere() {
        try {
            wait();
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
