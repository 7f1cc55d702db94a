package vn.dxportal.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The pillars of digital transformation used to group indicators (the three of Decision 749 and the DTI pillars). */
public enum Pillar {
    CHINH_QUYEN_SO("chinh-quyen-so", "Chính quyền số", "Digital government"),
    KINH_TE_SO("kinh-te-so", "Kinh tế số", "Digital economy"),
    XA_HOI_SO("xa-hoi-so", "Xã hội số", "Digital society"),
    HA_TANG_SO("ha-tang-so", "Hạ tầng số", "Digital infrastructure"),
    NHAN_LUC_SO("nhan-luc-so", "Nhân lực số", "Digital workforce"),
    AN_TOAN_THONG_TIN("an-toan-thong-tin", "An toàn thông tin", "Information security"),
    THE_CHE_SO("the-che-so", "Thể chế số", "Digital institutions");

    private final String key;
    private final String nameVi;
    private final String nameEn;

    Pillar(String key, String nameVi, String nameEn) { this.key = key; this.nameVi = nameVi; this.nameEn = nameEn; }

    @JsonValue
    public String key() { return key; }

    public String nameVi() { return nameVi; }

    public String nameEn() { return nameEn; }

    public String nameIn(String lang) { return "en".equals(lang) ? nameEn : nameVi; }
}
