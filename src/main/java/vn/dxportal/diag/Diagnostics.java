package vn.dxportal.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings from every stage; thread-safe so parallel stages may report. Always listed in a stable order. */
public final class Diagnostics {
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message);

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) { items.add(d); }

    public synchronized void addAll(List<Diagnostic> ds) { items.addAll(ds); }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(ORDER);
        return copy;
    }

    public synchronized boolean hasErrors() { return items.stream().anyMatch(Diagnostic::isError); }

    public synchronized long errorCount() { return items.stream().filter(Diagnostic::isError).count(); }

    public synchronized long warningCount() { return items.size() - errorCount(); }
}
