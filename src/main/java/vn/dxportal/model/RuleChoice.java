package vn.dxportal.model;

/** {@code site.yaml rules}: which portal-content rule set {@code check} applies, and how old kept-current information may be. */
public record RuleChoice(String set, Integer maxAgeDays) {}
