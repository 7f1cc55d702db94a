package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Access to information (Law on Access to Information 2016, Decree 13/2018/NĐ-CP): who provides it, where and how
 * to ask, and the catalogue of information the agency must publish.
 */
public record AccessInfo(Person contact, String address, String howToRequest, String howToRequestEn, List<Item> catalogue) {
    public AccessInfo { catalogue = catalogue == null ? List.of() : List.copyOf(catalogue); }

    /** One entry of the catalogue: what, its number and date, how, when and for how long it is published, where. */
    public record Item(String title, String number, LocalDate date, String form, LocalDate published, String duration, String url) {}
}
