package vn.dxportal.render;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class FormatsTest {
    @Test
    void vietnameseNumberPercentMoneyAndDate() {
        assertEquals("6.322", Formats.number(new BigDecimal("6322")));
        assertEquals("98,4", Formats.number(new BigDecimal("98.4")));
        assertEquals("89,64%", Formats.percent(new BigDecimal("89.64")));
        assertEquals("89,65%", Formats.percent(new BigDecimal("89.6483")));
        assertEquals("100%", Formats.percent(new BigDecimal("100.00")));
        assertEquals("17.512.432.000 đồng", Formats.money(new BigDecimal("17512432000")));
        assertEquals("24/06/2022", Formats.date(LocalDate.of(2022, 6, 24)));
        assertEquals("+4,64 điểm %", Formats.points(new BigDecimal("4.64")));
        assertEquals("-1.200", Formats.signed(new BigDecimal("-1200")));
        assertEquals("", Formats.number(null));
    }
}
