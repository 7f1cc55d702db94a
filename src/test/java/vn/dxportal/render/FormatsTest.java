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

    /** What Formats wrote with before it formatted by hand, and must still write: the JDK's DecimalFormat. */
    private static String byDecimalFormat(BigDecimal v, int maxDecimals, int minDecimals) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(minDecimals);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(v);
    }

    @Test
    void numbersAreWrittenAsDecimalFormatWritesThem() {
        java.util.Random random = new java.util.Random(42);
        java.util.List<BigDecimal> values = new java.util.ArrayList<>();
        for (String s : new String[]{"0", "-0", "0.00", "0.001", "-0.001", "-0.004", "-0.005", "0.005", "0.995", "-0.995", "9.995", "999.995",
                "999999.999", "1000", "-1000", "1234567.891", "100", "100.00", "85", "89.6483", "0.05", "0.5", "-0.5", "5E+3", "1.2E-7",
                "12345678901234567890.125", "-98765.4321"}) values.add(new BigDecimal(s));
        for (int i = 0; i < 20000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(8) - 2));
        }
        for (BigDecimal v : values) {
            for (int[] d : new int[][]{{2, 0}, {0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 0}}) {
                assertEquals(byDecimalFormat(v, d[0], d[1]), Formats.decimal(v, d[0], d[1]), () -> v.toPlainString() + " " + d[0] + "/" + d[1]);
            }
        }
    }
}
