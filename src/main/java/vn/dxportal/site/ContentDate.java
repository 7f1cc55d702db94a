package vn.dxportal.site;

import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The newest date the content states (a post, a report, a document, an update): the date a page without its own
 * carries in its metadata. Taken from the content, not the clock, so builds stay byte-identical.
 */
final class ContentDate {
    private ContentDate() {}

    /** @return {@code YYYY-MM-DD}, or null when the content states no date at all */
    static String latest(Portal portal) {
        List<LocalDate> dates = new ArrayList<>();
        for (Unit u : portal.units()) {
            dates.add(u.info().updated());
            if (u.qa() != null) dates.add(u.qa().updated());
            u.news().stream().filter(p -> !p.draft()).map(NewsPost::date).forEach(dates::add);
            u.periods().stream().map(Period::data).map(d -> d.report() == null ? null : d.report().date()).forEach(dates::add);
            u.documents().stream().map(DocumentItem::issued).forEach(dates::add);
        }
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
    }
}
