package vn.dxportal.model;

import java.math.BigDecimal;

/** One labelled part of a whole (a level's count, a budget line, a funding source). */
public record Part(String label, BigDecimal value, String note) {}
