package vn.dxportal.model;

/** A contact point or responsible person. Only what a source states is filled in. */
public record Person(String name, String position, String positionEn, String unit, String unitEn, String phone, String email) {}
