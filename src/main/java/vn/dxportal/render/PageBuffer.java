package vn.dxportal.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where one rendering thread draws its pages, kept from page to page, as UTF-8 bytes written as the text comes.
 * <p>Why: a national build draws tens of thousands of pages of 10–50 KB each, about 1 GB of files. Drawn into a text
 * buffer, every page was copied to a char array and then encoded: three passes over its text, about 1.2 s of CPU
 * per national build (async-profiler). Here each piece of text is encoded once, as it comes, into a byte buffer the
 * thread keeps (a String's chars pass through a small reused array on the way), and a page costs one allocation: its
 * bytes. A block drawn once for many pages ({@code <@cached>}) is kept as bytes and copied as they are.
 */
final class PageBuffer {
    private static final ThreadLocal<PageBuffer> PER_THREAD = ThreadLocal.withInitial(PageBuffer::new);
    /** A buffer grown past this by an unusually big page is let go after it, not kept for the thread's life. */
    private static final int KEEP_AT_MOST = 8 * 1024 * 1024;
    private static final int START = 128 * 1024;

    private final Utf8Writer writer = new Utf8Writer();
    private boolean inUse;

    /** This thread's buffer, emptied; {@link #release()} it when the page is taken. A nested use gets its own. */
    static PageBuffer take() {
        PageBuffer b = PER_THREAD.get();
        if (b.inUse) b = new PageBuffer(); // a page drawn while another is being drawn on this thread
        b.inUse = true;
        b.writer.clear();
        return b;
    }

    void release() {
        inUse = false;
        if (writer.bytes.length > KEEP_AT_MOST) PER_THREAD.remove();
    }

    /** Where the page's text goes. */
    Utf8Writer writer() { return writer; }

    /** The text so far, as a String. */
    String text() {
        writer.endText();
        return new String(writer.bytes, 0, writer.size, StandardCharsets.UTF_8);
    }

    /** The text so far, encoded as UTF-8 (an unpaired surrogate, which no template writes, becomes '?'). */
    byte[] utf8() {
        writer.endText();
        return Arrays.copyOf(writer.bytes, writer.size);
    }

    /**
     * A Writer that encodes to UTF-8 as it is written, as {@link String#getBytes} would: an unpaired surrogate becomes
     * '?'. By hand rather than with a CharsetEncoder: Vietnamese text leaves the encoder's ASCII fast path at the
     * first accented letter, and its general loop moves two buffers' positions for every character.
     */
    static final class Utf8Writer extends Writer {
        private byte[] bytes = new byte[START];
        private int size;
        /** The last char written when it was a high surrogate: its low half may be the next write's first char. */
        private char pendingHigh;
        /** Where a String's chars are copied to be encoded, a piece at a time. */
        private final char[] piece = new char[8192];

        void clear() {
            size = 0;
            pendingHigh = 0;
        }

        /** Bytes that are UTF-8 already (a block drawn once for many pages), copied as they are. */
        void writeUtf8(byte[] utf8) {
            endText();
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        @Override
        public void write(int c) {
            piece[0] = (char) c;
            write(piece, 0, 1);
        }

        @Override
        public void write(String s, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, piece.length);
                s.getChars(off, off + n, piece, 0);
                write(piece, 0, n);
                off += n;
                len -= n;
            }
        }

        /** As Writer's, without its IOException: nothing here can fail. */
        @Override
        public void write(String s) {
            write(s, 0, s.length());
        }

        @Override
        public void write(char[] c, int off, int len) {
            if (len <= 0) return;
            room(len * 3 + 3); // at most 3 bytes per char, and a pending high surrogate's '?'
            int end = off + len;
            int i = off;
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c[i])) {
                    size = fourBytes(Character.toCodePoint(high, c[i]), bytes, size);
                    i++;
                } else {
                    bytes[size++] = '?';
                }
            }
            byte[] b = bytes;
            int p = size;
            for (; i < end; i++) {
                char ch = c[i];
                if (ch < 0x80) {
                    b[p++] = (byte) ch;
                } else if (ch < 0x800) {
                    b[p++] = (byte) (0xC0 | (ch >> 6));
                    b[p++] = (byte) (0x80 | (ch & 0x3F));
                } else if (!Character.isSurrogate(ch)) {
                    b[p++] = (byte) (0xE0 | (ch >> 12));
                    b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (ch & 0x3F));
                } else if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
                    p = fourBytes(Character.toCodePoint(ch, c[++i]), b, p);
                } else if (Character.isHighSurrogate(ch) && i + 1 == end) {
                    pendingHigh = ch; // the low half may come with the next write
                } else {
                    b[p++] = '?';
                }
            }
            size = p;
        }

        private static int fourBytes(int cp, byte[] b, int p) {
            b[p++] = (byte) (0xF0 | (cp >> 18));
            b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (cp & 0x3F));
            return p;
        }

        /** The text is complete (or bytes follow): a high surrogate left waiting for its low half is unpaired. */
        private void endText() {
            if (pendingHigh == 0) return;
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }

        private void room(int more) {
            if (bytes.length - size < more) bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
