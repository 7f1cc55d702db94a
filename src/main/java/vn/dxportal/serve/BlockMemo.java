package vn.dxportal.serve;

import vn.dxportal.site.FigureBlock;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each unit's open-data block kept from one rebuild to the next, with the rows it has written: after a figure edit
 * every other unit's block is equal to last time's, so the portal's and the indicators' files are joined again from
 * written rows (a national portal's are 80 MB), and {@link ModelDiff} sees at once that their makers' blocks are the
 * same objects. Blocks not asked for during a rebuild are dropped at its end.
 */
final class BlockMemo implements FigureBlock.Memo {
    private Map<String, FigureBlock> previous = new ConcurrentHashMap<>();
    private Map<String, FigureBlock> current = new ConcurrentHashMap<>();

    @Override
    public FigureBlock kept(String unit, FigureBlock made) {
        FigureBlock last = previous.get(unit);
        FigureBlock use = made.equals(last) ? last : made;
        current.put(unit, use);
        return use;
    }

    /** Ends a rebuild: what it did not ask for is forgotten. */
    synchronized void endRun() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
