package vn.dxportal.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.dxportal.content.Slugs;
import vn.dxportal.content.TextFiles;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.validate.Suggestions;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dxportal import}: a sheet of indicator rows (layout in docs/import.md) into one period's YAML. Every bad
 * cell is reported by sheet, row and column; with any error nothing is written. The file is replaced atomically,
 * and only when its text changes, so importing the same sheet twice leaves it byte for byte as it was.
 */
public final class Importer {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Importer() {}

    /** {@code changed} is false when the file already held exactly what the sheet says. */
    public record Result(List<Diagnostic> errors, Path file, boolean changed, int added, int updated, int unchanged) {
        public boolean ok() { return errors.isEmpty(); }
    }

    public static Result run(Path content, Path sheetFile, String unit, String period, String sheetName) {
        Path target = content.resolve("units").resolve(unit).resolve("periods").resolve(period + ".yaml");
        if (!unit.matches("[a-z0-9]+(-[a-z0-9]+)*") || !period.matches("[0-9]{4}(-(h1|h2|q1|q2|q3|q4|9m))?") || !Files.isRegularFile(target)) {
            return failed(target, Diagnostic.error(Msg.IMPORT_NO_PERIOD, SourcePosition.wholeFile(target.toString()), target, unit, period));
        }
        Sheet sheet;
        try {
            sheet = SheetReader.read(sheetFile, sheetName);
        } catch (SheetReader.Unreadable e) {
            return failed(target, Diagnostic.error(Msg.IMPORT_FORMAT, SourcePosition.wholeFile(sheetFile.toString()), e.getMessage()));
        }
        List<Diagnostic> errors = new ArrayList<>();
        List<IndicatorBlock.Update> updates = rows(sheet, sheetFile.toString(), indicatorIds(content), errors);
        if (!errors.isEmpty()) return failed(target, errors.toArray(Diagnostic[]::new));
        try {
            byte[] raw = Files.readAllBytes(target);
            String original = new String(raw, StandardCharsets.UTF_8);
            boolean bom = original.startsWith("\uFEFF"), crlf = original.contains("\r\n");
            IndicatorBlock.Outcome o = IndicatorBlock.merge(TextFiles.normalise(original), updates);
            // Written back with the file's own BOM and line endings, so nothing but the figures changes.
            String text = (bom ? "\uFEFF" : "") + (crlf ? o.text().replace("\n", "\r\n") : o.text());
            boolean changed = !text.equals(original);
            if (changed) {
                Path tmp = Files.createTempFile(target.getParent(), "." + period, ".tmp");
                try {
                    Files.writeString(tmp, text, StandardCharsets.UTF_8);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return new Result(List.of(), target, changed, o.added(), o.updated(), o.unchanged());
        } catch (IndicatorBlock.CannotMerge e) {
            return failed(target, Diagnostic.error(Msg.IMPORT_CANNOT_MERGE, SourcePosition.wholeFile(target.toString()), target, e.getMessage()));
        } catch (IOException e) {
            return failed(target, Diagnostic.error(Msg.WRITE, SourcePosition.wholeFile(target.toString()), e.getMessage()));
        }
    }

    private static Result failed(Path target, Diagnostic... errors) { return new Result(List.of(errors), target, false, 0, 0, 0); }

    private static Set<String> indicatorIds(Path content) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode root = YAML.readTree(TextFiles.read(content.resolve("indicators.yaml")));
            if (root != null) root.path("indicators").forEach(i -> ids.add(i.path("id").asText()));
        } catch (IOException | RuntimeException e) {
            // No readable catalogue: every id is reported unknown, and `check` names the catalogue's own problem.
        }
        return ids;
    }

    private static List<IndicatorBlock.Update> rows(Sheet sheet, String shownFile, Set<String> ids, List<Diagnostic> errors) {
        List<List<Sheet.Cell>> rows = sheet.rows();
        List<Sheet.Cell> header = rows.isEmpty() ? List.of() : rows.get(0);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isBlank()) continue;
            Column col = Column.of(header.get(c).shown());
            if (col == null) errors.add(at(Msg.IMPORT_HEADER, shownFile, 1, c, sheet.name(), Sheet.a1(c, 1), header.get(c).shown(), Column.known()));
            else columns.put(c, col);
        }
        if (!columns.containsValue(Column.INDICATOR)) {
            errors.add(at(Msg.IMPORT_NO_INDICATOR_COLUMN, shownFile, 1, 0, sheet.name(), Column.INDICATOR.header()));
            return List.of();
        }
        List<String> covered = columns.values().stream().filter(c -> c.type != Column.Type.ID && c.type != Column.Type.IGNORED && c != Column.SCOPE)
                .map(c -> c.key).toList();
        List<IndicatorBlock.Update> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Sheet.Cell> row = rows.get(r);
            int line = r + 1;
            if (row.stream().allMatch(Sheet.Cell::isBlank)) continue;
            Map<Column, Object> values = new EnumMap<>(Column.class);
            int errorsBefore = errors.size();
            for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                int c = e.getKey();
                Sheet.Cell cell = c < row.size() ? row.get(c) : Sheet.Cell.BLANK;
                if (cell.isBlank()) continue;
                Object v = value(e.getValue(), cell, sheet.name(), shownFile, line, c, ids, errors);
                if (v != null) values.put(e.getValue(), v);
            }
            if (!values.containsKey(Column.INDICATOR)) {
                if (errors.size() == errorsBefore) {
                    int c = columns.entrySet().stream().filter(e -> e.getValue() == Column.INDICATOR).findFirst().orElseThrow().getKey();
                    errors.add(at(Msg.IMPORT_NO_INDICATOR, shownFile, line, c, sheet.name(), Sheet.a1(c, line)));
                }
                continue;
            }
            String indicator = (String) values.get(Column.INDICATOR);
            String scope = (String) values.get(Column.SCOPE);
            String key = indicator + "|" + (scope == null ? "" : scope);
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                int c = columns.entrySet().stream().filter(e -> e.getValue() == Column.INDICATOR).findFirst().orElseThrow().getKey();
                errors.add(at(Msg.IMPORT_DUPLICATE_ROW, shownFile, line, c, sheet.name(), Sheet.a1(c, line), indicator, first));
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            values.forEach((col, v) -> fields.put(col.key, v));
            out.add(new IndicatorBlock.Update(indicator, scope, fields, covered));
        }
        if (out.isEmpty() && errors.isEmpty()) errors.add(at(Msg.IMPORT_NO_ROWS, shownFile, 0, 0, sheet.name()));
        return out;
    }

    private static Object value(Column col, Sheet.Cell cell, String sheet, String file, int line, int c, Set<String> ids, List<Diagnostic> errors) {
        String ref = Sheet.a1(c, line);
        switch (col.type) {
            case ID -> {
                String id = cell.shown().strip();
                if (!ids.contains(id)) {
                    String guess = Suggestions.closest(id, ids);
                    errors.add(guess != null ? at(Msg.IMPORT_UNKNOWN_INDICATOR, file, line, c, sheet, ref, id, guess)
                            : at(Msg.IMPORT_UNKNOWN_INDICATOR_ADD, file, line, c, sheet, ref, id));
                    return null;
                }
                return id;
            }
            case NUMBER, VALUE -> {
                if (cell.number() != null) return cell.number();
                if (col.type == Column.Type.VALUE) {
                    if (cell.bool() != null) return cell.bool();
                    String folded = Slugs.fold(cell.text().strip());
                    if (folded.equals("co") || folded.equals("true")) return Boolean.TRUE;
                    if (folded.equals("khong") || folded.equals("false")) return Boolean.FALSE;
                }
                BigDecimal n = Numbers.parse(cell.text());
                if (n == null) errors.add(at(Msg.IMPORT_NOT_NUMBER, file, line, c, sheet, ref, col.header(), cell.shown()));
                return n;
            }
            case STATUS -> {
                String status = switch (Slugs.fold(cell.shown().strip()).replaceAll("\\s+", " ")) {
                    case "vuot" -> "vượt";
                    case "dat" -> "đạt";
                    case "chua dat" -> "chưa đạt";
                    default -> null;
                };
                if (status == null) errors.add(at(Msg.IMPORT_BAD_STATUS, file, line, c, sheet, ref, cell.shown()));
                return status;
            }
            case IGNORED -> { return null; }
            default -> { return cell.shown(); }
        }
    }

    /** Line = the sheet's row, column = its column (1-based), so editors and CI logs can jump there like any diagnostic. */
    private static Diagnostic at(Msg msg, String file, int line, int column, Object... args) {
        return Diagnostic.error(msg, new SourcePosition(file, line, line == 0 ? 0 : column + 1), args);
    }
}
