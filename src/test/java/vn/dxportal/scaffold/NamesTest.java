package vn.dxportal.scaffold;

import org.junit.jupiter.api.Test;
import vn.dxportal.model.Level;

import static org.junit.jupiter.api.Assertions.*;

class NamesTest {
    @Test
    void slugsFromVietnameseNames() {
        assertEquals("lam-thao", Names.unitSlug("Lâm Thao"));
        assertEquals("lam-thao", Names.unitSlug("Huyện Lâm Thao"));
        assertEquals("dong-xoai", Names.unitSlug("Đồng Xoài"));
        assertEquals("dong-xoai", Names.unitSlug("Thành phố  Đồng Xoài"));
        assertEquals("phu-tho", Names.unitSlug("Tỉnh Phú Thọ"));
        assertEquals("Lâm Thao", Names.shortName("Huyện Lâm Thao"));
        // NFD input (decomposed diacritics) gives the same slug.
        assertEquals("dong-xoai", Names.unitSlug(java.text.Normalizer.normalize("Đồng Xoài", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void levelFromPrefix() {
        assertEquals(Level.DISTRICT, Names.levelOf("Huyện Lâm Thao"));
        assertEquals(Level.COMMUNE, Names.levelOf("Thị trấn Hùng Sơn"));
        assertEquals(Level.PROVINCE, Names.levelOf("Tỉnh Phú Thọ"));
        assertNull(Names.levelOf("Thành phố Việt Trì"));
        assertNull(Names.levelOf("Lâm Thao"));
    }

    @Test
    void defaultTitles() {
        assertEquals("Báo cáo kết quả công tác chuyển đổi số năm 2023", Scaffold.defaultTitle("2023"));
        assertEquals("Báo cáo kết quả công tác chuyển đổi số quý 3 năm 2023", Scaffold.defaultTitle("2023-q3"));
    }
}
