package vn.dxportal.serve;

import vn.dxportal.diag.Diagnostic;

import java.util.List;

/**
 * The content errors of a failed rebuild, as HTML for the browser: each names the file, line and column, says what
 * is wrong and how to fix it. Shown over the last good page (which stays underneath), or alone when there was
 * never a good build. Every text from content is escaped.
 */
final class ErrorPanel {
    private ErrorPanel() {}

    /**
     * The panel's look, served by the preview server as a stylesheet: the pages' Content-Security-Policy forbids
     * inline styles and scripts, so the panel has neither (its button is wired by the reload script).
     */
    static final String CSS = """
            #dxportal-errors{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff;color:#111;
              font:16px/1.5 system-ui,sans-serif;padding:1.5rem 2rem;border-top:6px solid #b00020}
            #dxportal-errors h1{color:#b00020;font-size:1.5rem;margin:0 0 .5rem}
            #dxportal-errors li{margin:.75rem 0}
            #dxportal-errors code{font-weight:bold}
            #dxportal-errors .hint{color:#444}
            """;

    /** A panel to put at the top of a page's body. */
    static String panel(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<link rel=\"stylesheet\" href=\"").append(PreviewServer.PANEL_CSS).append("\">")
                .append("<div id=\"dxportal-errors\" role=\"alert\">")
                .append("<h1>Nội dung có lỗi: chưa dựng lại được trang</h1>")
                .append("<p>Sửa ").append(errors.size() == 1 ? "lỗi" : errors.size() + " lỗi")
                .append(" dưới đây rồi lưu tệp: trang sẽ tự tải lại. Trong lúc đó, bản dựng tốt gần nhất vẫn được phục vụ")
                .append(" (<button type=\"button\" data-dxportal-hide>ẩn thông báo để xem</button>).</p><ol>");
        for (Diagnostic d : errors) {
            html.append("<li><code>").append(escape(where(d))).append("</code>")
                    .append(" <span>[").append(escape(d.code())).append("]</span><br>").append(escape(d.message()));
            if (d.hint() != null && !d.hint().isBlank()) html.append("<br><span class=\"hint\">→ ").append(escape(d.hint())).append("</span>");
            html.append("</li>");
        }
        return html.append("</ol></div>").toString();
    }

    /** A whole page, for when there is no good build to show underneath. */
    static String page(List<Diagnostic> errors) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Nội dung có lỗi – dxportal</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>" + panel(errors) + "</body></html>\n";
    }

    /** {@code file:line:column}, or just the file when the error is about the file as a whole. */
    static String where(Diagnostic d) {
        return d.file() + (d.line() > 0 ? ":" + d.line() + ":" + Math.max(d.column(), 1) : "");
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
