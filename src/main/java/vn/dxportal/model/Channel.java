package vn.dxportal.model;

/**
 * A feedback, petition, question or rating channel the agency runs elsewhere. A static portal cannot receive
 * submissions itself, so it links to these.
 */
public record Channel(String title, String titleEn, String kind, String url, String note) {}
