package vn.dxportal.serve;

import vn.dxportal.site.FigureBlock;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each unit's open-data block kept from one rebuild to the next, with the rows it has written: after a figure edit
 * every other unit's block is equal to last time's, so the portal's and the indicators' files are joined again from
 * written rows (a national portal's are 80 MB), and {@link ModelDiff} sees at once that their makers' blocks are the
 * same objects. Blocks not asked for during a rebuild are dropped at its end.
 */
final class BlockMemo implements FigureBlock.Memo {
    /** A block and what it was made from. */
    private record Made(List<Object> inputs, FigureBlock block) {}

    private Map<String, Made> previous = new ConcurrentHashMap<>();
    private Map<String, Made> current = new ConcurrentHashMap<>();

    @Override
    public FigureBlock kept(String unit, List<Object> inputs, Supplier<FigureBlock> make) {
        Made last = previous.get(unit);
        FigureBlock use;
        if (last != null && !inputs.isEmpty() && KeptMemo.sameObjects(last.inputs(), inputs)) {
            use = last.block();
        } else {
            FigureBlock made = make.get();
            use = last != null && made.equals(last.block()) ? last.block() : made;
        }
        current.put(unit, new Made(inputs, use));
        return use;
    }

    /** Ends a rebuild: what it did not ask for is forgotten. */
    synchronized void endRun() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
