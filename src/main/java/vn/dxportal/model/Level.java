package vn.dxportal.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The tier of an administrative unit. */
public enum Level {
    PROVINCE("province", "Cấp tỉnh", "Province"), DISTRICT("district", "Cấp huyện", "District"), COMMUNE("commune", "Cấp xã", "Commune");

    private final String key;
    private final String nameVi;
    private final String nameEn;

    Level(String key, String nameVi, String nameEn) { this.key = key; this.nameVi = nameVi; this.nameEn = nameEn; }

    @JsonValue
    public String key() { return key; }

    public String nameVi() { return nameVi; }

    public String nameEn() { return nameEn; }

    public String nameIn(String lang) { return "en".equals(lang) ? nameEn : nameVi; }
}
