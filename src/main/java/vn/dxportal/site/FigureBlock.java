package vn.dxportal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit's open-data rows, written once as CSV and once as JSON. Every figure appears in three files of each
 * format (the portal's, its unit's and its indicator's): those files are cut and joined from these blocks, so a row
 * is written two times instead of six, and a preview that kept a block ({@link #memo}) joins the portal's 80 MB
 * again without writing any of it.
 * <p>Two blocks are equal when their rows are: what the data files' makers capture is compared by value.
 */
public final class FigureBlock {
    /** Blocks kept from one plan to the next, by unit; only the live preview sets one. */
    public interface Memo {
        /**
         * The unit's block kept from an earlier plan (with its written rows) when it is made from the very same
         * {@code inputs} (compared by identity: the preview keeps an unchanged unit's model and figures as they were),
         * or when the block {@code make} gives is equal to it; else that new block.
         */
        FigureBlock kept(String unit, List<Object> inputs, java.util.function.Supplier<FigureBlock> make);
    }

    private static volatile Memo memo;

    /** Sets (or with null, clears) the memo the next plans use. */
    public static void memo(Memo kept) {
        memo = kept;
    }

    private final List<FigureRow> rows;
    /** Indicator id → the indexes of its rows here, in row order. */
    private final Map<String, int[]> byIndicator;
    private volatile OpenData.Written csv;
    private volatile OpenData.Written json;

    private FigureBlock(List<FigureRow> rows) {
        this.rows = List.copyOf(rows);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < this.rows.size(); k++) groups.computeIfAbsent(this.rows.get(k).indicator(), i -> new ArrayList<>()).add(k);
        Map<String, int[]> indexes = new LinkedHashMap<>();
        groups.forEach((indicator, list) -> indexes.put(indicator, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byIndicator = indexes;
    }

    /** A unit's block: the memo's equal block when the preview kept one. */
    static FigureBlock of(String unit, List<FigureRow> rows) {
        return of(unit, List.of(), () -> rows);
    }

    /**
     * A unit's block of the rows {@code rows} makes from {@code inputs}: in the preview, an unchanged unit's kept block
     * without making its rows at all (a national portal has 107,000).
     */
    static FigureBlock of(String unit, List<Object> inputs, java.util.function.Supplier<List<FigureRow>> rows) {
        Memo kept = memo;
        return kept == null ? new FigureBlock(rows.get()) : kept.kept(unit, inputs, () -> new FigureBlock(rows.get()));
    }

    List<FigureRow> rows() { return rows; }

    boolean isEmpty() { return rows.isEmpty(); }

    /** The indexes of an indicator's rows in this block (none: an empty array). */
    int[] rowsOf(String indicator) {
        return byIndicator.getOrDefault(indicator, new int[0]);
    }

    /** The rows as CSV records, written on first use (by whichever data file needs them first). */
    OpenData.Written csv() {
        OpenData.Written w = csv;
        if (w == null) csv = w = OpenData.csvRows(rows); // two threads may both write it: the same bytes, rarely
        return w;
    }

    /** The rows as JSON objects, written on first use. */
    OpenData.Written json() {
        OpenData.Written w = json;
        if (w == null) json = w = OpenData.jsonRows(rows);
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FigureBlock other && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows);
    }
}
