package vn.dxportal.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a plan may take as it is from the plan before it: a part of a page's model made from the very same objects
 * (compared by identity) is the part made then. Only the live preview sets a {@link Memo}, around its own plans
 * (like {@link FigureBlock#memo}); a cold build makes everything. The point is identity, not speed of making: the
 * preview compares each page's model with its last one ({@code serve.ModelDiff}), and a part that is the very same
 * object is seen to be the same at once, where an equal but new one is walked to its leaves on every page holding it
 * (some 115,000 trend and 112,000 peer records per national figure edit).
 */
public final class Kept {
    private Kept() {}

    /** Keeps what {@link #of} made, by key, with the objects it was made from. */
    public interface Memo {
        /** The value kept under {@code key} when it was made from the very same {@code inputs}; else {@code make}'s. */
        Object kept(String key, List<Object> inputs, Supplier<?> make);

        /** Keeps {@code value} under {@code key} as made from {@code inputs}, in place of whatever was kept there. */
        void made(String key, List<Object> inputs, Object value);
    }

    private static volatile Memo memo;

    /** Sets (or with null, clears) the memo the next plans use. */
    public static void memo(Memo kept) {
        memo = kept;
    }

    /**
     * Tells the memo, if any, that {@code value} (asked for only then) was made from {@code inputs}: for what a plan
     * made without asking {@link #of} (it could not take the last plan's), so that the next plan can take it.
     */
    static void made(String key, List<Object> inputs, Supplier<?> value) {
        Memo m = memo;
        if (m != null) m.made(key, inputs, value.get());
    }

    /**
     * {@code make}'s value, or the one kept under {@code key} from the last plan when that was made from the very same
     * {@code inputs}. {@code make} must read nothing but {@code inputs} (and what they hold).
     */
    @SuppressWarnings("unchecked")
    static <T> T of(String key, List<Object> inputs, Supplier<T> make) {
        Memo m = memo;
        return m == null ? make.get() : (T) m.kept(key, inputs, make);
    }
}
