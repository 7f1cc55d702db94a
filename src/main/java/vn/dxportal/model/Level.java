package vn.dxportal.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The tier of an administrative unit. */
public enum Level {
    PROVINCE("province", "Cấp tỉnh"), DISTRICT("district", "Cấp huyện"), COMMUNE("commune", "Cấp xã");

    private final String key;
    private final String nameVi;

    Level(String key, String nameVi) { this.key = key; this.nameVi = nameVi; }

    @JsonValue
    public String key() { return key; }

    public String nameVi() { return nameVi; }
}
