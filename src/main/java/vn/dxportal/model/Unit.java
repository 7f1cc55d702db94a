package vn.dxportal.model;

import java.util.List;

/** An administrative unit with everything published about it. Periods are sorted oldest first. */
public record Unit(String slug, UnitInfo info, List<Period> periods, List<DocumentItem> documents, List<NewsPost> news) {

    public boolean hasEnded() { return info.ended() != null; }

    /** The most recent period, or null when the unit has not reported yet. */
    public Period latestPeriod() { return periods.isEmpty() ? null : periods.get(periods.size() - 1); }
}
