package vn.dxportal.model;

/** One body in an agency's organisational structure. */
public record OrgUnit(String title, String titleEn, String url, String head, String note) {}
