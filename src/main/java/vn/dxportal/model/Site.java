package vn.dxportal.model;

import java.util.List;

/** {@code site.yaml}: the portal itself. */
public record Site(String title, String titleEn, String description, Agency agency, Person responsible, String licence,
                   List<String> languages, String baseUrl, List<Link> links, Image emblem, List<Link> publicServices,
                   RuleChoice rules) {
    public Site {
        languages = languages == null ? List.of("vi") : List.copyOf(languages);
        links = links == null ? List.of() : List.copyOf(links);
        publicServices = publicServices == null ? List.of() : List.copyOf(publicServices);
    }
}
