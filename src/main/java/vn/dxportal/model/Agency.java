package vn.dxportal.model;

/** An agency's identity and contact details, as Decree 42/2022 asks a portal to publish them. */
public record Agency(String name, String nameEn, String address, String phone, String fax, String email, String website) {}
