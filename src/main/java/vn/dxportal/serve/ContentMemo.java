package vn.dxportal.serve;

import vn.dxportal.build.Pipeline;
import vn.dxportal.content.RawContent;
import vn.dxportal.content.MarkdownFile;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The last load's content and findings, kept for a rebuild whose changed files are all known, edited in place and
 * parsed again with the same findings of their own: a figure edit ({@link FigureEdit}) after any number of body
 * edits ({@link BodyEdit}). The content is then the last load's with the new parses put in place of the old ones,
 * and its findings are the last load's: listing the folders and looking at every file again (about 15,000 at
 * national scale, some 100 ms) would find nothing else. Any other rebuild loads the folder.
 */
final class ContentMemo implements Pipeline.ContentMemo {
    private final ParseCache files;
    private RawContent last;
    private List<Diagnostic> findings = List.of();
    /** {@link ParseCache#replaced()} when {@link #last} was made: a parse replaced since and not told here rules out reuse. */
    private long replacedAtLast;
    /** Old parse (as {@link #last} holds it) → its newest parse, for each file edited since the last load. */
    private final Map<Object, Object> swaps = new IdentityHashMap<>();
    /** How many replacements {@link #swaps} stands for (a file edited twice counts twice). */
    private int told;
    private boolean armed;

    ContentMemo(ParseCache files) {
        this.files = files;
    }

    /** A file's parse was replaced outside a load (the caller vouches its own findings are as they were). */
    void replaced(Object before, Object after) {
        Object original = before;
        for (Map.Entry<Object, Object> e : swaps.entrySet()) if (e.getValue() == before) original = e.getKey();
        swaps.put(original, after);
        told++;
    }

    /** Lets the next load take the last content with the replaced parses swapped in; the caller vouches nothing else changed. */
    void reuseNext() {
        armed = true;
    }

    @Override
    public RawContent load(Diagnostics diagnostics, Function<Diagnostics, RawContent> read) {
        boolean current = armed && last != null && files.replaced() == replacedAtLast + told;
        RawContent kept = current ? swapped(last, swaps) : null;
        if (kept != null) {
            files.keepAll(); // nothing was asked of the file cache: its parses are all still the content's
        } else {
            Diagnostics own = new Diagnostics();
            kept = read.apply(own);
            findings = own.sorted();
        }
        last = kept;
        replacedAtLast = files.replaced();
        swaps.clear();
        told = 0;
        armed = false;
        diagnostics.addAll(findings);
        return kept;
    }

    /** The content with the parses swapped; null unless every old parse was found in it. */
    private static RawContent swapped(RawContent content, Map<Object, Object> swap) {
        int[] found = {0};
        Function<Object, Object> now = old -> {
            Object replacement = old == null ? null : swap.get(old);
            if (replacement == null) return old;
            found[0]++;
            return replacement;
        };
        List<RawContent.RawUnit> units = new ArrayList<>(content.units().size());
        for (RawContent.RawUnit u : content.units()) {
            int before = found[0];
            List<RawContent.RawPeriod> periods = new ArrayList<>(u.periods().size());
            for (RawContent.RawPeriod p : u.periods()) {
                periods.add(new RawContent.RawPeriod(p.id(), (YamlDocument) now.apply(p.data()), (MarkdownFile) now.apply(p.narrative())));
            }
            List<MarkdownFile> news = u.news().stream().map(n -> (MarkdownFile) now.apply(n)).toList();
            List<MarkdownFile> translations = u.translations().stream().map(t -> (MarkdownFile) now.apply(t)).toList();
            // A unit with nothing swapped is the very same record: the unit memo then knows it at a glance.
            units.add(found[0] == before ? u : new RawContent.RawUnit(u.slug(), u.dir(), u.unit(), List.copyOf(periods), u.documents(),
                    news, translations, u.qa()));
        }
        return found[0] == swap.size() ? new RawContent(content.root(), content.site(), content.indicators(), List.copyOf(units)) : null;
    }
}
