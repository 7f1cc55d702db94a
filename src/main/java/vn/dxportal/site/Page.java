package vn.dxportal.site;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One output file of the plan: where it goes, how it is made, and the content files it depends on (so a live
 * preview can re-render only the pages a change touches). A page is drawn by a Freemarker {@code template}
 * from its {@code model}, or, for data files (CSV, JSON, XML), produced by {@code body}.
 */
public record Page(String path, String template, String title, Map<String, Object> model, Set<String> dependsOn,
                   Supplier<byte[]> body) {

    public static Page data(String path, Set<String> dependsOn, Supplier<byte[]> body) {
        return new Page(path, null, null, Map.of(), dependsOn, body);
    }

    public boolean isTemplated() { return body == null; }
}
