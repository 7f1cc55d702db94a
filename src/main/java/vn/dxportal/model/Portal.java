package vn.dxportal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole validated content: what the derive and plan stages work from. Units are sorted by slug; {@code root}
 * is the content folder, for publishing the files content refers to (images, documents).
 */
public record Portal(Site site, List<Indicator> indicators, List<Unit> units, Path root) {

    public Map<String, Indicator> indicatorsById() {
        Map<String, Indicator> byId = new java.util.LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    public Map<String, Unit> unitsBySlug() {
        Map<String, Unit> bySlug = new java.util.LinkedHashMap<>();
        units.forEach(u -> bySlug.put(u.slug(), u));
        return bySlug;
    }
}
