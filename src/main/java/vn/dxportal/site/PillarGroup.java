package vn.dxportal.site;

import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Pillar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Figures grouped by pillar, in the catalogue's pillar order, so tables read pillar by pillar. */
public record PillarGroup(Pillar pillar, List<Figure> figures) {

    static List<PillarGroup> of(List<Figure> figures) {
        Map<Pillar, List<Figure>> by = new EnumMap<>(Pillar.class);
        for (Figure f : figures) by.computeIfAbsent(f.indicator().pillar(), k -> new ArrayList<>()).add(f);
        List<PillarGroup> groups = new ArrayList<>();
        by.forEach((p, fs) -> groups.add(new PillarGroup(p, List.copyOf(fs))));
        return groups;
    }
}
