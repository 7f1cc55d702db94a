package vn.dxportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Lang;
import vn.dxportal.rules.Compliance;
import vn.dxportal.rules.RuleSeverity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra nội dung (cấu trúc, tham chiếu, số liệu) và mức tuân thủ bộ quy tắc nội dung cổng "
                + "(mặc định Nghị định 42/2022/NĐ-CP) mà không ghi trang nào.%n"
                + "Exit 0: không có lỗi; 1: có lỗi, hoặc khi dùng --strict: có cảnh báo hoặc yêu cầu bắt buộc chưa đạt.")
final class CheckCommand implements Callable<Integer> {
    @Mixin ContentOptions content;
    @Mixin LangOption language;

    @Option(names = "--strict", description = "Coi cảnh báo và yêu cầu bắt buộc (must) chưa đạt là lỗi (exit 1).")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Định dạng kết quả: text hoặc json (mặc định: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--theme", paramLabel = "DIR", defaultValue = "themes/default",
            description = "Giao diện dùng để kiểm tra các chức năng giao diện phải có (mặc định: ${DEFAULT-VALUE}).")
    Path theme;

    @Spec CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = language.lang();
        Long epoch = ContentOptions.sourceDateEpoch();
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(content.content, theme, null, null, epoch, today(epoch)));
        Compliance compliance = planned.compliance();
        if (format == Format.json) {
            Report.json(planned.diagnostics(), compliance, lang, out);
        } else {
            Report.text(planned.diagnostics(), lang, out);
            if (!planned.diagnostics().hasErrors()) {
                out.println(lang.pick("Nội dung hợp lệ: " + planned.pages().size() + " trang sẽ được dựng.",
                        "The content is valid: " + planned.pages().size() + " pages will be built."));
            }
            Report.summary(planned.diagnostics(), lang, out);
            Report.compliance(compliance, strict, out);
        }
        out.flush();
        if (planned.diagnostics().hasErrors()) return 1;
        boolean failsStrict = planned.diagnostics().warningCount() > 0 || compliance.unmet(RuleSeverity.MUST) > 0;
        return strict && failsStrict ? 1 : 0;
    }

    /** Freshness is judged against SOURCE_DATE_EPOCH's day when set (reproducible runs), else today in Vietnam. */
    private static LocalDate today(Long epoch) {
        if (epoch != null) return Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC).toLocalDate();
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
