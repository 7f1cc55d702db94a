package vn.dxportal.model;

import java.util.List;

/** {@code site.yaml}: the portal itself. */
public record Site(String title, String titleEn, String description, Agency agency, Person responsible, String licence,
                   List<String> languages, String baseUrl, List<Link> links, Integer pageSize, Integer documentsPageSize,
                   Image emblem, List<Link> publicServices, RuleChoice rules) {
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int DEFAULT_DOCUMENTS_PAGE_SIZE = 50;

    public Site {
        languages = languages == null ? List.of("vi") : List.copyOf(languages);
        links = links == null ? List.of() : List.copyOf(links);
        publicServices = publicServices == null ? List.of() : List.copyOf(publicServices);
        if (pageSize == null) pageSize = DEFAULT_PAGE_SIZE;
        if (documentsPageSize == null) documentsPageSize = DEFAULT_DOCUMENTS_PAGE_SIZE;
    }

    /** The portal's name in {@code lang}: the English title on English pages when site.yaml gives one. */
    public String titleIn(String lang) { return "en".equals(lang) && titleEn != null ? titleEn : title; }
}
