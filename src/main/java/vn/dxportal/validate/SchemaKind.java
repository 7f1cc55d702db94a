package vn.dxportal.validate;

/** The YAML file kinds of a portal, each with its JSON Schema in {@code schemas/}. */
public enum SchemaKind {
    SITE("site.schema.json"),
    INDICATORS("indicators.schema.json"),
    UNIT("unit.schema.json"),
    PERIOD("period.schema.json"),
    DOCUMENTS("documents.schema.json"),
    NEWS("news.schema.json"),
    NEWS_TRANSLATION("news-translation.schema.json"),
    NARRATIVE("narrative.schema.json"),
    QA("qa.schema.json"),
    RULESET("ruleset.schema.json");

    final String fileName;

    SchemaKind(String fileName) { this.fileName = fileName; }
}
