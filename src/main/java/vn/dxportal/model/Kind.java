package vn.dxportal.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an indicator measures, which decides how its figures are computed and shown. */
public enum Kind {
    RATIO("ratio"), COUNT("count"), MONEY("money"), BOOLEAN("boolean"), LEVEL("level");

    private final String key;

    Kind(String key) { this.key = key; }

    @JsonValue
    public String key() { return key; }
}
