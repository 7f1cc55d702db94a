package vn.dxportal.render;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ChartsTest {
    @Test
    void barsAreAccessibleSvgWithEscapedLabelsAndTargetLines() {
        String svg = Charts.bars("c1", "Tỷ lệ <hồ sơ>", "Mô tả", List.of(
                new Charts.Bar("A & B", new BigDecimal("89.64"), new BigDecimal("85"), "89,64%"),
                new Charts.Bar("C", null, null, "")), BigDecimal.valueOf(100));
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assertTrue(svg.contains("<title id=\"c1-t\">Tỷ lệ &lt;hồ sơ&gt;</title>"));
        assertTrue(svg.contains("A &amp; B"));
        assertEquals(1, svg.split("class=\"chart-bar\"").length - 1, "one bar for the value, none for missing data");
        assertTrue(svg.contains("class=\"chart-target\""));
        assertTrue(svg.contains("chưa có số liệu"));
    }
}
