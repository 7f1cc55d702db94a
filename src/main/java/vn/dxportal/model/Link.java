package vn.dxportal.model;

public record Link(String title, String titleEn, String url) {}
