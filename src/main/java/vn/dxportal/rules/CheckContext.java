package vn.dxportal.rules;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What checks may read besides the content: the theme and the portal's template overrides (for functions the
 * theme provides), today's date (null when the run has none, e.g. a build without SOURCE_DATE_EPOCH) and the
 * maximum age of kept-current information.
 */
public record CheckContext(Path theme, Path layouts, LocalDate today, int maxAgeDays) {}
