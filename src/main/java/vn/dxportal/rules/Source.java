package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.SourcePosition;

import java.util.List;

/**
 * A content file as checks read it: its tree, where each node is written, and the path an editor opens to fix a
 * gap. A file that does not exist yet reads as empty and points at the path to create; a collection (the news
 * posts) reads as an array of the files' front matter.
 */
public interface Source {
    /** The file (or folder) to edit, as the user typed the content folder. */
    String file();

    boolean exists();

    JsonNode root();

    SourcePosition at(String pointer);

    static Source of(YamlDocument doc) {
        return new Source() {
            public String file() { return doc.file(); }
            public boolean exists() { return true; }
            public JsonNode root() { return doc.root(); }
            public SourcePosition at(String pointer) { return doc.at(pointer); }
        };
    }

    static Source missing(String file) {
        return new Source() {
            public String file() { return file; }
            public boolean exists() { return false; }
            public JsonNode root() { return MissingNode.getInstance(); }
            public SourcePosition at(String pointer) { return SourcePosition.wholeFile(file); }
        };
    }

    /** Several files read as one array; pointer {@code /3/category} is the fourth file's {@code /category}. */
    static Source collection(String folder, List<YamlDocument> docs) {
        var array = JsonNodeFactory.instance.arrayNode();
        docs.forEach(d -> array.add(d.root()));
        return new Source() {
            public String file() { return folder; }
            public boolean exists() { return !docs.isEmpty(); }
            public JsonNode root() { return array; }
            public SourcePosition at(String pointer) {
                if (pointer.isEmpty() || pointer.equals("/")) return SourcePosition.wholeFile(folder);
                String rest = pointer.substring(1);
                int slash = rest.indexOf('/');
                int index = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
                return docs.get(index).at(slash < 0 ? "" : rest.substring(slash));
            }
        };
    }
}
