package vn.dxportal.content;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast fold gives exactly what the plain NFD-and-regex definition gives, for any text. */
class SlugsFoldTest {
    private static String reference(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String referenceSlug(String text) {
        return reference(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    @Test
    void sameAsNormalizerAndRegex() {
        String[] samples = {"Lâm Thao, Phú Thọ", "ĐỒNG XOÀI", "Thị xã Phú Thọ — 6.322/7.052 (89,64%)", "",
                Normalizer.normalize("Huyện Lâm Thao", Normalizer.Form.NFD), "--a--b--", "Ꭺἀ ﬁ Å Ω K ß İ ǅ ΣΑΣ", "😀 Lâm 𝐀", "ắằẳẵặ"};
        for (String s : samples) {
            assertEquals(reference(s), Slugs.fold(s), s);
            assertEquals(referenceSlug(s), Slugs.slugify(s), s);
        }
        // Every character of the Basic Multilingual Plane alone and between ASCII letters, as fold caches it per character.
        for (char c = 1; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) continue;
            String s = "Ab" + c + "Z";
            assertEquals(reference(s), Slugs.fold(s), () -> "U+" + Integer.toHexString(s.charAt(2)));
        }
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                char c = (char) (r.nextBoolean() ? r.nextInt(0x2000) : r.nextInt(0x10000));
                if (!Character.isSurrogate(c)) sb.append(c);
            }
            String s = sb.toString();
            assertEquals(reference(s), Slugs.fold(s), s);
            assertEquals(referenceSlug(s), Slugs.slugify(s), s);
        }
    }
}
