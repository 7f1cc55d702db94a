package vn.dxportal.site;

import vn.dxportal.model.Unit;

/** One line of a per-unit index page: the unit, its page (a path from the site root) and how many items it has. */
public record UnitIndexEntry(Unit unit, String path, int count) {}
