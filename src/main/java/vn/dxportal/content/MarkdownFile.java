package vn.dxportal.content;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;

import java.util.List;

/** A Markdown file split into its YAML front matter (possibly empty) and its body. */
public record MarkdownFile(String file, YamlDocument frontMatter, String body) {

    /** Splits {@code ---} front matter off the top; positions in the front matter keep the real line numbers. */
    public static YamlReader.Result parseFrontMatter(String file, String text, StringBuilder bodyOut) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            bodyOut.append(text);
            return YamlReader.read(file, "", 0);
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == text.length() || text.charAt(end + 4) == '\n')) end = text.indexOf("\n---", end + 1);
        if (end < 0) {
            return new YamlReader.Result(null, List.of(Diagnostic.error(Msg.FRONT_MATTER_UNCLOSED, new SourcePosition(file, 1, 1))));
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        bodyOut.append(text.substring(bodyStart));
        return YamlReader.read(file, yaml, 1);
    }
}
