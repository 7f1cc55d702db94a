package vn.dxportal.content;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.diag.SourcePosition;

import java.util.Map;

/**
 * A parsed YAML file (or Markdown front matter) with the source position of every node, keyed by JSON Pointer
 * ("/indicators/3/target"). Positions let every later stage point the editor at file:line:column.
 */
public record YamlDocument(String file, JsonNode root, Map<String, SourcePosition> positions, Map<String, SourcePosition> keys) {

    /** Where the key of the node at {@code pointer} is written (for "unknown key" errors), else {@link #at}. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition key = keys.get(pointer);
        return key != null ? key : at(pointer);
    }

    /**
     * The position of the node at {@code pointer}: a scalar's value, a block's key (or first line), or the
     * nearest ancestor's when the pointer names nothing written.
     */
    public SourcePosition at(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition pos = positions.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return SourcePosition.wholeFile(file);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
