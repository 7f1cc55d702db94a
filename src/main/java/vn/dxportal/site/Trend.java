package vn.dxportal.site;

import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Indicator;

import java.util.List;

/** One indicator's figures across a unit's periods, kept when there are at least two to compare. */
public record Trend(Indicator indicator, List<Figure> history) {}
