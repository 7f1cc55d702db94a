package vn.dxportal.model;

import java.util.List;

/**
 * An administrative unit with everything published about it. Periods are sorted oldest first; {@code qa} is null
 * when the unit has no {@code qa.yaml}.
 */
public record Unit(String slug, UnitInfo info, List<Period> periods, List<DocumentItem> documents, List<NewsPost> news, QaFile qa) {

    public boolean hasEnded() { return info.ended() != null; }

    /** The most recent period, or null when the unit has not reported yet. */
    public Period latestPeriod() { return periods.isEmpty() ? null : periods.get(periods.size() - 1); }
}
