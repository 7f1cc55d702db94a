package vn.dxportal.metrics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class RatiosTest {
    private static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void percentOfNumeratorOverDenominator() {
        assertEquals("89.65", Ratios.round(Ratios.percent(d("6322"), d("7052")), 2).toPlainString());
    }

    @Test
    void zeroOrMissingDenominatorIsUndefinedNotACrash() {
        assertNull(Ratios.percent(d("5"), BigDecimal.ZERO));
        assertNull(Ratios.percent(d("5"), null));
        assertNull(Ratios.percent(null, d("5")));
    }

    @Test
    void sharesAboveOneHundredAreKept() {
        assertEquals("245.48", Ratios.round(Ratios.percent(d("24548"), d("10000")), 2).toPlainString());
    }

    @Test
    void statedPercentMayBeRoundedOrTruncated() {
        BigDecimal computed = Ratios.percent(d("6322"), d("7052")); // 89.6483…
        assertTrue(Ratios.statedMatches(d("89.65"), computed, 2), "rounded");
        assertTrue(Ratios.statedMatches(d("89.64"), computed, 2), "truncated");
        assertTrue(Ratios.statedMatches(d("89.6"), computed, 1));
        assertFalse(Ratios.statedMatches(d("89.60"), computed, 2));
        assertFalse(Ratios.statedMatches(d("88.73"), computed, 2));
    }

    @Test
    void statusHonoursTheBetterDirection() {
        assertEquals(Status.EXCEEDED, Ratios.status(d("89.64"), d("85"), true));
        assertEquals(Status.MET, Ratios.status(d("85"), d("85"), true));
        assertEquals(Status.NOT_MET, Ratios.status(d("80"), d("85"), true));
        assertEquals(Status.EXCEEDED, Ratios.status(d("1.2"), d("5"), false), "lower is better: under target exceeds it");
        assertEquals(Status.NOT_MET, Ratios.status(d("6"), d("5"), false));
        assertEquals(Status.NO_TARGET, Ratios.status(d("6"), null, true));
        assertEquals(Status.NO_DATA, Ratios.status(null, d("5"), true));
    }

    @Test
    void statedStatusAgreement() {
        assertTrue(Status.EXCEEDED.agreesWith("đạt"), "reaching more than the target is still 'đạt'");
        assertTrue(Status.MET.agreesWith("vượt") == true);
        assertFalse(Status.NOT_MET.agreesWith("vượt"));
        assertFalse(Status.EXCEEDED.agreesWith("chưa đạt"));
        assertTrue(Status.NO_TARGET.agreesWith("vượt"));
    }

    @Test
    void decimalsComeFromTheStatedNumber() {
        assertEquals(2, Ratios.decimalsOf(d("89.64"), null));
        assertEquals(0, Ratios.decimalsOf(d("80"), null));
        assertEquals(1, Ratios.decimalsOf(d("80"), 1));
    }
}
