package vn.dxportal.model;

/** An image kept in the content folder (an emblem, an organisation chart); {@code src} is relative to its file's folder. */
public record Image(String src, String alt, String altEn) {}
