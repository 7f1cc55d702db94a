package vn.dxportal.render;

import org.apache.commons.io.output.StringBuilderWriter;

import java.util.Arrays;

/**
 * Where one rendering thread draws its pages, kept from page to page. A national build draws tens of thousands of
 * pages of 10–50 KB each: a fresh text buffer per page, grown as the page grows, then copied to a String and again
 * to UTF-8 bytes, was several gigabytes of short-lived garbage. Here the text buffer, a char copy of it and the
 * UTF-8 buffer live as long as the thread, and a page costs one allocation: its bytes.
 */
final class PageBuffer {
    private static final ThreadLocal<PageBuffer> PER_THREAD = ThreadLocal.withInitial(PageBuffer::new);
    /** A buffer grown past this by an unusually big page is let go after it, not kept for the thread's life. */
    private static final int KEEP_AT_MOST = 4 * 1024 * 1024;
    private static final int START = 64 * 1024;

    private final StringBuilder text = new StringBuilder(START);
    private final StringBuilderWriter writer = new StringBuilderWriter(text);
    private char[] chars = new char[START];
    private byte[] bytes = new byte[START * 3];
    private boolean inUse;

    /** This thread's buffer, emptied; {@link #release()} it when the page is taken. A nested use gets its own. */
    static PageBuffer take() {
        PageBuffer b = PER_THREAD.get();
        if (b.inUse) b = new PageBuffer(); // a page drawn while another is being drawn on this thread
        b.inUse = true;
        b.text.setLength(0);
        return b;
    }

    void release() {
        inUse = false;
        if (text.capacity() > KEEP_AT_MOST) PER_THREAD.remove();
    }

    /** Where the page's text goes. */
    StringBuilderWriter writer() { return writer; }

    int length() { return text.length(); }

    /** The text so far, as a String. */
    String text() { return text.toString(); }

    /** The text so far, encoded as UTF-8 (an unpaired surrogate, which no template writes, becomes '?'). */
    byte[] utf8() {
        int n = text.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        text.getChars(0, n, chars, 0);
        if (bytes.length < n * 3) bytes = new byte[Math.max(n * 3, bytes.length * 2)]; // UTF-8 needs at most 3 bytes per char
        // By hand rather than with a CharsetEncoder: Vietnamese text leaves the encoder's ASCII fast path at the first
        // accented letter, and its general loop moves two buffers' positions for every character.
        char[] c = chars;
        byte[] b = bytes;
        int p = 0;
        for (int i = 0; i < n; i++) {
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
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = '?';
            }
        }
        return Arrays.copyOf(b, p);
    }
}
