package vn.dxportal.model;

/** One entry of the indicator catalogue ({@code indicators.yaml}). */
public record Indicator(String id, String name, String nameEn, Kind kind, String unit, Pillar pillar, String better,
                        String aggregate, String numerator, String denominator, String definition, String source) {

    public Indicator {
        if (better == null) better = "higher";
        if (aggregate == null) aggregate = "none";
    }

    /** The indicator's name for a page in {@code lang}: the English name on English pages when the catalogue gives one. */
    public String nameIn(String lang) { return "en".equals(lang) && nameEn != null ? nameEn : name; }

    public boolean hasNameIn(String lang) { return !"en".equals(lang) || nameEn != null; }

    public boolean higherIsBetter() { return !"lower".equals(better); }

    public boolean summable() { return "sum".equals(aggregate); }
}
