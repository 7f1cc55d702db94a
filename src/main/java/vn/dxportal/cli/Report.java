package vn.dxportal.cli;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;

import java.io.PrintWriter;
import java.util.List;

/** Prints findings for people (text) or for tools (JSON). */
final class Report {
    private Report() {}

    static void text(Diagnostics d, PrintWriter out) {
        for (Diagnostic x : d.sorted()) out.println(x.toText());
    }

    static void summary(Diagnostics d, PrintWriter out) {
        out.println(d.errorCount() + " lỗi, " + d.warningCount() + " cảnh báo.");
    }

    static void json(Diagnostics d, PrintWriter out) {
        List<Diagnostic> list = d.sorted();
        StringBuilder b = new StringBuilder("{\"errors\":").append(d.errorCount()).append(",\"warnings\":").append(d.warningCount())
                .append(",\"diagnostics\":[");
        for (int i = 0; i < list.size(); i++) {
            Diagnostic x = list.get(i);
            if (i > 0) b.append(',');
            b.append("\n{\"severity\":\"").append(x.severity().name().toLowerCase()).append("\",\"code\":").append(q(x.code()))
                    .append(",\"file\":").append(q(x.file())).append(",\"line\":").append(x.line()).append(",\"column\":").append(x.column())
                    .append(",\"message\":").append(q(x.message())).append(",\"hint\":").append(q(x.hint())).append('}');
        }
        out.println(b.append("]}"));
    }

    private static String q(String s) {
        if (s == null) return "null";
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
