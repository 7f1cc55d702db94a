package vn.dxportal.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * {@code build --gzip}: a precompressed {@code name.gz} beside each text file of the new site, for servers that send
 * it as is (nginx {@code gzip_static}, Apache with a rewrite rule, object storage with Content-Encoding). The gzip
 * header carries no file name and a zero time, so the same page always gives the same bytes.
 */
public final class Precompress {
    /** Text formats worth compressing; images and PDFs are compressed already. */
    static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "svg", "csv", "txt");

    private Precompress() {}

    /** Writes the {@code .gz} files under {@code dir}; returns how many. A file that would not get smaller gets none. */
    public static int directory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(Precompress::isText).sorted().toList();
        }
        int written = 0;
        for (Path f : files) {
            byte[] plain = Files.readAllBytes(f);
            byte[] gz = gzip(plain);
            if (gz.length >= plain.length) continue;
            Files.write(f.resolveSibling(f.getFileName() + ".gz"), gz);
            written++;
        }
        return written;
    }

    static boolean isText(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** RFC 1952 with Java's fixed header (no name, MTIME 0, OS 0) and the best compression. */
    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            { def.setLevel(Deflater.BEST_COMPRESSION); }
        }) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }
}
