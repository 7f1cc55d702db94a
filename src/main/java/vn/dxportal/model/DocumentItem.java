package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;

/** A directive or legal document with the fields Decree 42/2022/NĐ-CP requires a portal to publish. */
public record DocumentItem(String id, String form, String number, String issuer, LocalDate issued, LocalDate effective,
                           String title, String file, String url, List<String> citedIn, String note) {
    public DocumentItem { citedIn = citedIn == null ? List.of() : List.copyOf(citedIn); }
}
