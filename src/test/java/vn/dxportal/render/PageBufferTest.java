package vn.dxportal.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PageBufferTest {
    private static byte[] draw(String text) {
        PageBuffer page = PageBuffer.take();
        try {
            page.writer().write(text);
            return page.utf8();
        } finally {
            page.release();
        }
    }

    @Test
    void aPageIsItsTextInUtf8WithVietnameseAndCharactersOutsideTheBasicPlane() {
        String text = "Chuyển đổi số – Đắk Lắk 😀 ".repeat(5000); // past the starting buffers, so they grow
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), draw(text));
    }

    @Test
    void everyCharacterIsEncodedAsTheJdkWouldAndAnUnpairedSurrogateAsAQuestionMark() {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c < 0x10000; c++) if (!Character.isSurrogate((char) c)) all.append((char) c);
        all.appendCodePoint(0x10000).appendCodePoint(0x1F600).appendCodePoint(0x10FFFF);
        String text = all.toString();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), draw(text));
        for (String broken : new String[]{"a\uD800b", "a\uDC00b", "\uD83D", "x\uDE00\uD83D"}) {
            assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), draw(broken), broken);
            assertEquals(broken.replaceAll("[\uD800-\uDFFF]", "?"), new String(draw(broken), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theNextPageOnTheSameThreadDoesNotCarryTheLastOnesText() {
        draw("trang thứ nhất, dài hơn");
        assertEquals("hai", new String(draw("hai"), StandardCharsets.UTF_8));
    }

    @Test
    void aPageDrawnWhileAnotherIsBeingDrawnGetsItsOwnBuffer() {
        PageBuffer outer = PageBuffer.take();
        try {
            outer.writer().write("ngoài ");
            assertEquals("trong", new String(draw("trong"), StandardCharsets.UTF_8));
            outer.writer().write("vẫn đủ");
            assertEquals("ngoài vẫn đủ", new String(outer.utf8(), StandardCharsets.UTF_8));
        } finally {
            outer.release();
        }
    }

    /** Runs {@code drawing} on a page buffer taken and released around it. */
    private static void onPage(Drawing drawing) throws Exception {
        PageBuffer page = PageBuffer.take();
        try {
            drawing.on(page);
        } finally {
            page.release();
        }
    }

    private interface Drawing { void on(PageBuffer page) throws Exception; }

    @Test
    void aCharacterOutsideTheBasicPlaneSplitAcrossTwoWritesIsOneCharacter() throws Exception {
        onPage(page -> {
            String smile = "😀";
            page.writer().write("a" + smile.charAt(0));
            page.writer().write(smile.charAt(1) + "b");
            page.writer().write(smile.charAt(0)); // unpaired at the end of the page
            assertEquals("a😀b?", page.text());
            assertArrayEquals("a😀b?".getBytes(StandardCharsets.UTF_8), page.utf8());
        });
    }

    @Test
    void bytesWrittenAsTheyAreFollowTheTextBeforeThem() throws Exception {
        onPage(page -> {
            page.writer().write("Đầu ");
            page.writer().writeUtf8("khối đã vẽ".getBytes(StandardCharsets.UTF_8));
            page.writer().write(" cuối".toCharArray(), 0, 5);
            assertEquals("Đầu khối đã vẽ cuối", new String(page.utf8(), StandardCharsets.UTF_8));
        });
    }
}
