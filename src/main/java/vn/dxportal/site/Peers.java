package vn.dxportal.site;

import vn.dxportal.metrics.Derived;
import vn.dxportal.model.Indicator;

import java.util.List;

/** How a unit's latest figure compares with the other units under the same parent. */
public record Peers(Indicator indicator, List<Derived.Comparison> rows) {}
