package vn.dxportal.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into a Jackson tree in one streaming pass; where each key and value sits is worked out again only when
 * asked for ({@link YamlDocument#at}).
 * Syntax errors, tabs and duplicate keys come back as diagnostics, never as exceptions.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The outcome of reading one file: a document, or the problems that stopped it. */
    public record Result(YamlDocument document, List<Diagnostic> problems) {}

    private YamlReader() {}

    /**
     * @param file      path shown in diagnostics (relative to the content folder)
     * @param text      normalised text
     * @param lineShift lines before {@code text} in the real file (front matter starts after the opening ---)
     */
    public static Result read(String file, String text, int lineShift) {
        int tab = tabInIndentation(text);
        if (tab >= 0) {
            int line = lineOf(text, tab);
            return failed(Diagnostic.error(Msg.YAML_TAB, new SourcePosition(file, line + lineShift, columnOf(text, tab))));
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new Result(new YamlDocument(file, NODES.objectNode(), text, lineShift), List.of());
            Builder builder = new Builder(file, lineShift, null, null);
            JsonNode root = builder.value(parser);
            if (builder.duplicate != null) return failed(builder.duplicate);
            return new Result(new YamlDocument(file, root, text, lineShift), List.of());
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr() + lineShift;
            int col = loc == null ? 0 : loc.getColumnNr();
            return failed(Diagnostic.error(Msg.YAML_SYNTAX, new SourcePosition(file, line, col), firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return failed(Diagnostic.error(Msg.YAML_READ, SourcePosition.wholeFile(file), e.getMessage()));
        }
    }

    /**
     * Reads {@code text} again, this time recording where every node and key is written: what
     * {@link YamlDocument#at} needs, asked for only when a finding names a node of the file.
     */
    static YamlDocument.Positions positions(String file, String text, int lineShift) {
        Map<String, SourcePosition> positions = new HashMap<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) positions.put("", new SourcePosition(file, 1 + lineShift, 1));
            else new Builder(file, lineShift, positions, keys).record(parser, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("YAML that parsed once failed to parse again: " + file, e);
        }
        return new YamlDocument.Positions(positions, keys);
    }

    /**
     * Where the first node of {@code text} is written, as {@link #positions} records it for the root (""), from the
     * first token alone.
     */
    static SourcePosition rootPosition(String file, String text, int lineShift) {
        return positionOf(file, text, lineShift, "");
    }

    /**
     * What {@link #positions} records for {@code pointer}, or for its nearest ancestor written in the text, found by
     * reading the text only as far as that node and without recording anything else: a file that one finding names
     * (a period with a figure to check) needs one position, not the hundreds of its whole reading.
     */
    static SourcePosition positionOf(String file, String text, int lineShift, String pointer) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) return new SourcePosition(file, 1 + lineShift, 1);
            Builder at = new Builder(file, lineShift, null, null);
            SourcePosition found = at.here(parser);
            int from = 1;
            while (from <= pointer.length()) {
                int end = pointer.indexOf('/', from);
                if (end < 0) end = pointer.length();
                String segment = pointer.substring(from, end);
                from = end + 1;
                JsonToken t = parser.currentToken();
                boolean entered = false;
                if (t == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        if (escape(parser.currentName()).equals(segment)) {
                            SourcePosition key = at.here(parser);
                            JsonToken value = parser.nextToken();
                            // As the whole reading records it: a block at its key, a scalar at its value.
                            found = value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY ? key : at.here(parser);
                            entered = true;
                            break;
                        }
                        parser.nextToken();
                        parser.skipChildren();
                    }
                } else if (t == JsonToken.START_ARRAY) {
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        if (String.valueOf(i).equals(segment)) {
                            found = at.here(parser);
                            entered = true;
                            break;
                        }
                        parser.skipChildren();
                    }
                }
                if (!entered) return found;
            }
            return found;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("YAML that parsed once failed to parse again: " + file, e);
        }
    }

    private static Result failed(Diagnostic d) { return new Result(null, List.of(d)); }

    private static final class Builder {
        final String file;
        final int lineShift;
        final Map<String, SourcePosition> positions;
        final Map<String, SourcePosition> keys;
        Diagnostic duplicate;

        /** {@code positions} and {@code keys}: where {@link #record} puts what it finds; null when only reading trees. */
        Builder(String file, int lineShift, Map<String, SourcePosition> positions, Map<String, SourcePosition> keys) {
            this.file = file; this.lineShift = lineShift; this.positions = positions; this.keys = keys;
        }

        SourcePosition here(JsonParser p) {
            JsonLocation l = p.currentTokenLocation();
            return new SourcePosition(file, l.getLineNr() + lineShift, l.getColumnNr());
        }

        /**
         * Records where the value at the current token and everything in it is written, without building a tree (the
         * first reading, {@link #value}, built it): a national build reads some 4,000 files again for positions.
         */
        void record(JsonParser p, String pointer) throws IOException {
            JsonToken t = p.currentToken();
            // A block points at its key (where the editor wrote it); a scalar at its value.
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) positions.putIfAbsent(pointer, here(p));
            else positions.put(pointer, here(p));
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String child = pointer + "/" + escape(p.currentName());
                    SourcePosition key = here(p);
                    keys.put(child, key);
                    positions.put(child, key);
                    p.nextToken();
                    record(p, child);
                }
            } else if (t == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) record(p, pointer + "/" + i++);
            }
        }

        /** Reads the value at the current token into a tree; the parser is left on its last token. */
        JsonNode value(JsonParser p) throws IOException {
            switch (p.currentToken()) {
                case START_OBJECT: {
                    ObjectNode obj = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        if (obj.has(key) && duplicate == null) {
                            duplicate = Diagnostic.error(Msg.YAML_DUPLICATE_KEY, here(p), key);
                        }
                        p.nextToken();
                        obj.set(key, value(p));
                    }
                    return obj;
                }
                case START_ARRAY: {
                    ArrayNode arr = NODES.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) arr.add(value(p));
                    return arr;
                }
                case VALUE_STRING: return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT: return NODES.numberNode(p.getBigIntegerValue().longValueExact());
                case VALUE_NUMBER_FLOAT: return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE: return NODES.booleanNode(true);
                case VALUE_FALSE: return NODES.booleanNode(false);
                case VALUE_NULL: return NODES.nullNode();
                default: return NODES.textNode(p.getText());
            }
        }
    }

    static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }

    /** Offset of the first tab found in a line's leading whitespace, or -1. */
    private static int tabInIndentation(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') { lineStart = true; continue; }
            if (!lineStart) continue;
            if (c == '\t') return i;
            if (c != ' ') lineStart = false;
        }
        return -1;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int columnOf(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
