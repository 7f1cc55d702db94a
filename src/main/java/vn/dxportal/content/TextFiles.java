package vn.dxportal.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Reads content text the way editorial boards save it: UTF-8 with or without BOM, Windows or Unix line
 * endings, and Vietnamese typed in decomposed form (NFD) on some systems, all normalised to NFC with LF.
 */
public final class TextFiles {
    private TextFiles() {}

    /** @throws CharacterCodingException when the bytes are not UTF-8 (the caller reports it with the file name) */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // The String constructor decodes UTF-8 about twice as fast as a reporting decoder, and turns each malformed
        // sequence into U+FFFD: only a text holding U+FFFD is decoded again, strictly, to report the bad bytes (or to
        // find the file really holds U+FFFD).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
        return normalise(text);
    }

    public static String normalise(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
