package vn.dxportal.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure for one indicator in one period, recorded as the report states it. {@code scope} is set when the
 * report gives the figure for part of the unit only (e.g. "cấp xã"). {@code value} is a number or a boolean.
 */
public record Observation(String indicator, String scope, BigDecimal numerator, BigDecimal denominator, JsonNode value,
                          BigDecimal target, String targetSource, Stated stated, List<Part> parts, String note) {
    public Observation {
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (stated == null) stated = new Stated(null, null, null, null, null, null);
    }

    public BigDecimal number() { return value != null && value.isNumber() ? value.decimalValue() : null; }

    public Boolean flag() { return value != null && value.isBoolean() ? value.booleanValue() : null; }

    /** What the report itself says, kept so the tool can compare it with the figures. */
    public record Stated(BigDecimal percent, String status, BigDecimal difference, BigDecimal change, Integer decimals, String text) {}
}
