package vn.dxportal.site;

import java.util.List;

/**
 * The portal's languages as site.yaml lists them. Vietnamese comes first and is the default: its pages sit at the
 * root; every other language's pages sit under a prefix named after it ({@code en/}), at the same paths.
 */
public final class Languages {
    private final List<String> all;

    public Languages(List<String> languages) {
        this.all = languages == null || languages.isEmpty() ? List.of("vi") : List.copyOf(languages);
    }

    public List<String> all() { return all; }

    public String defaultLanguage() { return all.get(0); }

    public boolean has(String lang) { return all.contains(lang); }

    /** The other languages, in site.yaml order. */
    public List<String> others() { return all.subList(1, all.size()); }

    /** "" for the default language, "en/" for English. */
    public String prefix(String lang) { return lang.equals(defaultLanguage()) ? "" : lang + "/"; }

    /** A language's name in that language, as a language switch shows it. */
    public String nativeName(String lang) {
        return switch (lang) {
            case "vi" -> "Tiếng Việt";
            case "en" -> "English";
            default -> lang;
        };
    }
}
