package vn.dxportal.site;

import java.util.List;
import java.util.Objects;

/**
 * One indicator's rows in every unit's block: what the indicator's open-data files are made of. Two are equal when
 * those rows are, whatever else the blocks hold, so after an edit of one figure the live preview makes again only
 * the files of the indicators whose rows changed ({@link vn.dxportal.serve} compares what makers capture).
 */
final class IndicatorRows {
    private final List<FigureBlock> blocks;
    private final String indicator;

    IndicatorRows(List<FigureBlock> blocks, String indicator) {
        this.blocks = blocks;
        this.indicator = indicator;
    }

    List<FigureBlock> blocks() { return blocks; }

    String indicator() { return indicator; }

    /** How many rows the indicator has. */
    int count() {
        int n = 0;
        for (FigureBlock b : blocks) n += b.rowsOf(indicator).length;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof IndicatorRows other) || !indicator.equals(other.indicator) || blocks.size() != other.blocks.size()) return false;
        for (int b = 0; b < blocks.size(); b++) {
            FigureBlock mine = blocks.get(b), theirs = other.blocks.get(b);
            if (mine != theirs && !sameRows(mine, theirs)) return false;
        }
        return true;
    }

    private boolean sameRows(FigureBlock mine, FigureBlock theirs) {
        int[] a = mine.rowsOf(indicator), b = theirs.rowsOf(indicator);
        if (a.length != b.length) return false;
        for (int k = 0; k < a.length; k++) if (!mine.rows().get(a[k]).equals(theirs.rows().get(b[k]))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, blocks.size()); // equal rows in as many blocks: the same indicator and count
    }
}
