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
}
