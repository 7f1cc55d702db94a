package vn.dxportal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.*;

class TextAndSlugsTest {

    @Test
    void bomWindowsLineEndingsAndDecomposedVietnameseAreNormalised(@TempDir Path dir) throws Exception {
        String nfd = Normalizer.normalize("Lâm Thao\r\nĐồng Xoài", Normalizer.Form.NFD);
        Path f = dir.resolve("a.yaml");
        Files.write(f, ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8));
        assertEquals("Lâm Thao\nĐồng Xoài", TextFiles.read(f));
        assertTrue(Normalizer.isNormalized(TextFiles.read(f), Normalizer.Form.NFC));
    }

    @Test
    void nonUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.write(f, "L\u00e2m".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(CharacterCodingException.class, () -> TextFiles.read(f));
    }

    @Test
    void aTextThatReallyHoldsTheReplacementCharacterIsRead(@TempDir Path dir) throws Exception {
        // U+FFFD written as valid UTF-8 is text, not a decoding error; a bad byte next to it still is.
        Path f = dir.resolve("a.md");
        Files.write(f, "Ký tự \uFFFD hợp lệ".getBytes(StandardCharsets.UTF_8));
        assertEquals("Ký tự \uFFFD hợp lệ", TextFiles.read(f));
        byte[] valid = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        Files.write(f, new byte[] {valid[0], valid[1], valid[2], (byte) 0xC3, '('});
        assertThrows(CharacterCodingException.class, () -> TextFiles.read(f));
    }

    @Test
    void slugsFoldVietnameseDiacritics() {
        assertEquals("lam-thao", Slugs.slugify("Lâm Thao"));
        assertEquals("dong-xoai", Slugs.slugify("Đồng Xoài"));
        assertEquals("kh-40-kh-ubnd-2022", Slugs.slugify("KH 40/KH-UBND (2022)"));
        assertEquals("chuyen-doi-so", Slugs.slugify(Normalizer.normalize("Chuyển đổi số", Normalizer.Form.NFD)));
        assertEquals("lam thao", Slugs.fold("Lâm Thao"));
    }
}
