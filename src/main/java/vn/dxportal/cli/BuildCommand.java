package vn.dxportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dxportal.build.Pipeline;
import vn.dxportal.build.Timings;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Lang;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.write.OutputRefused;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Dựng cổng thông tin vào thư mục đầu ra. Trang cũ chỉ được thay khi bản mới đã dựng xong.%n"
                + "Exit 0: thành công; 1: nội dung có lỗi (trang cũ giữ nguyên); 2: không dùng được thư mục đầu ra.")
final class BuildCommand implements Callable<Integer> {
    @Mixin ContentOptions content;
    @Mixin LangOption language;

    @Option(names = "--theme", paramLabel = "DIR", defaultValue = "themes/default", description = "Thư mục giao diện (mặc định: ${DEFAULT-VALUE}).")
    Path theme;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Thư mục đầu ra (mặc định: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Địa chỉ gốc khi xuất bản, cho sitemap, nguồn tin và liên kết chuẩn (canonical).")
    String baseUrl;

    @Option(names = "--drafts", description = "Đăng cả bài nháp (draft: true), để xem trước.")
    boolean drafts;

    @Option(names = "--future", description = "Đăng cả bài có ngày đăng sau ngày dựng (ngày của SOURCE_DATE_EPOCH nếu có, không thì hôm nay).")
    boolean future;

    @Option(names = "--timings", description = "In thời gian của từng bước (load, validate, derive, rules, plan, render+write) và thời gian mỗi trang.")
    boolean timings;

    @Option(names = "--gzip", description = "Ghi thêm bản nén .gz bên cạnh mỗi tệp văn bản (html, css, js, json, xml, svg, csv, txt) cho máy chủ gửi sẵn bản nén.")
    boolean gzip;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = language.lang();
        if (ContentOptions.sourceDateEpochInvalid()) {
            err.println(Diagnostic.error(Msg.SOURCE_DATE_EPOCH, SourcePosition.wholeFile("SOURCE_DATE_EPOCH"), System.getenv("SOURCE_DATE_EPOCH")).toText(lang));
            return 2;
        }
        long start = System.nanoTime();
        Pipeline.Built built;
        Timings stages = new Timings();
        try {
            built = Pipeline.build(new Pipeline.Options(content.content, theme, this.out, baseUrl, ContentOptions.sourceDateEpoch(), drafts, future), stages, gzip);
        } catch (OutputRefused e) {
            err.println(e.diagnostic().toText(lang));
            return 2;
        } catch (IOException e) {
            err.println(Diagnostic.error(Msg.WRITE, SourcePosition.wholeFile(this.out.toString()), e.getMessage()).toText(lang));
            return 2;
        }
        for (Diagnostic d : built.diagnostics().sorted()) if (d.isError()) err.println(d.toText(lang));
        if (!built.written()) {
            err.println(lang.pick("Dựng thất bại: " + built.diagnostics().errorCount() + " lỗi. Trang cũ (nếu có) được giữ nguyên.",
                    "Build failed: " + built.diagnostics().errorCount() + " error(s). The previous site (if any) is kept as it was."));
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println(lang.pick("Đã dựng " + built.pages() + " trang (" + built.files() + " tệp, " + built.bytes() / 1024 + " KB) vào " + this.out + " trong " + ms + " ms.",
                "Built " + built.pages() + " pages (" + built.files() + " files, " + built.bytes() / 1024 + " KB) into " + this.out + " in " + ms + " ms."));
        if (timings) {
            out.println("Thời gian từng bước:");
            stages.lines(built.pages()).forEach(out::println);
            out.println("  Lâu nhất (cộng dồn các luồng):");
            stages.detailLines(12).forEach(out::println);
        }
        for (String note : built.notes()) out.println("Ghi chú: " + note);
        var compliance = built.compliance();
        if (compliance.evaluated()) {
            out.println("Tuân thủ " + compliance.ruleSet().shortTitle() + ": " + compliance.unmet(vn.dxportal.rules.RuleSeverity.MUST)
                    + " lượt yêu cầu bắt buộc và " + compliance.unmet(vn.dxportal.rules.RuleSeverity.SHOULD)
                    + " lượt khuyến nghị chưa đạt; xem trang tuan-thu/index.html hoặc: java -jar target/dxportal.jar check");
        }
        if (built.diagnostics().warningCount() > 0) {
            out.println(lang.pick(built.diagnostics().warningCount() + " cảnh báo về số liệu; xem bằng: java -jar target/dxportal.jar check",
                    built.diagnostics().warningCount() + " warning(s) about figures; see them with: java -jar target/dxportal.jar check --lang en"));
        }
        return 0;
    }
}
