package vn.dxportal.content;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.diag.SourcePosition;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed YAML file (or Markdown front matter) and where each of its nodes is written, keyed by JSON Pointer
 * ("/indicators/3/target"). Positions let every later stage point the editor at file:line:column.
 * <p>Positions are worked out when one is asked for, by reading the text again: a national portal has millions of
 * nodes and only the files that a finding names ever need a position, so recording them all while loading cost more
 * time and memory (a map entry and a pointer per node, for the whole build) than the rest of loading.
 */
public final class YamlDocument {
    private final String file;
    private final JsonNode root;
    private final String text;
    private final int lineShift;
    /** Whether {@link #root} was read from {@link #text} (not dropped, not replaced): then the two name the same nodes. */
    private final boolean treeIsText;
    /**
     * Where every node is written, once a position was asked for; held weakly, so that findings about one file in a
     * row share one reading, and the maps of thousands of files with a finding do not stay for the whole build.
     */
    private volatile WeakReference<Positions> positions = new WeakReference<>(null);
    /** The positions of a small file, once asked for. */
    private volatile Positions kept;
    /** Whether a position was asked for once already (see {@link #at}). */
    private final java.util.concurrent.atomic.AtomicBoolean askedOnce = new java.util.concurrent.atomic.AtomicBoolean();
    /** Up to this many characters a file is small (unit.yaml, site.yaml, a post's front matter). */
    private static final int SMALL = 4096;

    /** Positions read from the text: values (a scalar's value, a block's key or first line) and keys, by pointer. */
    record Positions(Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {}

    YamlDocument(String file, JsonNode root, String text, int lineShift) {
        this(file, root, text, lineShift, true);
    }

    private YamlDocument(String file, JsonNode root, String text, int lineShift, boolean treeIsText) {
        this.file = file;
        this.root = root;
        this.text = text;
        this.lineShift = lineShift;
        this.treeIsText = treeIsText;
    }

    public String file() { return file; }

    public JsonNode root() { return root; }

    /**
     * The document without its tree, for what only points at lines (a period's figures, for findings about them):
     * the tree is the model's already, and a national portal's trees held from plan to render took ~75 MB.
     */
    public YamlDocument withoutTree() {
        return new YamlDocument(file, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), text, lineShift, false);
    }

    /** The same document with another tree (e.g. a setting overridden on the command line); positions stay the text's. */
    public YamlDocument withRoot(JsonNode other) {
        return new YamlDocument(file, other, text, lineShift, false);
    }

    /** Where the key of the node at {@code pointer} is written (for "unknown key" errors), else {@link #at}. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition key = positions().keys().get(pointer);
        return key != null ? key : at(pointer);
    }

    /**
     * The position of the node at {@code pointer}: a scalar's value, a block's key (or first line), or the
     * nearest ancestor's when the pointer names nothing written.
     */
    public SourcePosition at(String pointer) {
        if (kept == null && positions.get() == null) {
            // A finding about a key the file does not have (a rule's "thiếu 'tasks'") points at the file's first node:
            // the tree says so at once.
            if (treeIsText && nearestInTree(pointer).isEmpty()) return YamlReader.rootPosition(file, text, lineShift);
            // Most files a finding names are named once (a period with one figure to check): the text is read as far
            // as the node. A second finding about the file reads every position, for this one and any more.
            if (text.length() > SMALL && !askedOnce.getAndSet(true)) return YamlReader.positionOf(file, text, lineShift, pointer);
        }
        Map<String, SourcePosition> values = positions().values();
        String p = pointer;
        while (true) {
            SourcePosition pos = values.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return SourcePosition.wholeFile(file);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * The pointer itself, or its nearest ancestor, that names a node of the tree ("" for the root). The tree is the
     * text's own ({@link #treeIsText}), so a node is in the tree exactly when its position is in the text.
     */
    private String nearestInTree(String pointer) {
        String p = pointer;
        while (!p.isEmpty() && root.at(com.fasterxml.jackson.core.JsonPointer.compile(p)).isMissingNode()) p = p.substring(0, p.lastIndexOf('/'));
        return p;
    }

    private Positions positions() {
        Positions p = kept != null ? kept : positions.get();
        if (p == null) {
            p = YamlReader.positions(file, text, lineShift);
            // A small file's positions are kept outright: the rules ask about a unit.yaml once per rule, and a
            // garbage collection in between would have it read again each time.
            if (text.length() <= SMALL) kept = p;
            else positions = new WeakReference<>(p);
        }
        return p;
    }

    /** Equal when made from the same text of the same file into the same tree: positions follow from those. */
    @Override
    public boolean equals(Object o) {
        return o instanceof YamlDocument d && lineShift == d.lineShift && file.equals(d.file) && text.equals(d.text) && root.equals(d.root);
    }

    @Override
    public int hashCode() { return Objects.hash(file, text, lineShift); }

    @Override
    public String toString() { return "YamlDocument[" + file + "]"; }
}
