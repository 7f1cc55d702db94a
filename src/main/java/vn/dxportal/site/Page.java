package vn.dxportal.site;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One output file of the plan: where it goes, how it is made, and the content files it depends on (so a live
 * preview can re-render only the pages a change touches). A page is drawn by a Freemarker {@code template}
 * from its {@code model}, or, for data files (CSV, JSON, XML), produced by {@code body}.
 */
public record Page(String path, String template, String title, Map<String, Object> model, Set<String> dependsOn,
                   Supplier<byte[]> body) {

    public static Page data(String path, Set<String> dependsOn, Supplier<byte[]> body) {
        return new Page(path, null, null, Map.of(), dependsOn, body);
    }

    public boolean isTemplated() { return body == null; }

    /**
     * A data file's maker that hands its bytes over as slices of arrays it already holds, to be written one after
     * another: a file of tens of megabytes (a national portal's open data) is never copied into one array. The
     * buffers are fresh on each call; {@link #get} joins them, for whoever needs one array.
     */
    @FunctionalInterface
    public interface Pieces extends Supplier<byte[]> {
        List<ByteBuffer> pieces();

        @Override
        default byte[] get() {
            return join(pieces());
        }

        /** The pieces' bytes in one array. */
        static byte[] join(List<ByteBuffer> pieces) {
            long size = 0;
            for (ByteBuffer p : pieces) size += p.remaining();
            byte[] out = new byte[Math.toIntExact(size)];
            int at = 0;
            for (ByteBuffer p : pieces) {
                int n = p.remaining();
                p.duplicate().get(out, at, n);
                at += n;
            }
            return out;
        }
    }

    /** A data file's bytes as pieces: its maker's own when it makes them so ({@link Pieces}), else its one array. */
    public List<ByteBuffer> pieces() {
        return body instanceof Pieces p ? p.pieces() : List.of(ByteBuffer.wrap(body.get()));
    }
}
