package vn.dxportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dxportal.build.Pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra nội dung (cấu trúc, tham chiếu, số liệu) mà không ghi trang nào.%n"
                + "Exit 0: không có lỗi; 1: có lỗi (hoặc có cảnh báo khi dùng --strict).")
final class CheckCommand implements Callable<Integer> {
    @Mixin ContentOptions content;

    @Option(names = "--strict", description = "Coi cảnh báo là lỗi (exit 1 nếu có cảnh báo).")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Định dạng kết quả: text hoặc json (mặc định: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(content.content, Path.of("themes/default"), null, null, ContentOptions.sourceDateEpoch()));
        if (format == Format.json) {
            Report.json(planned.diagnostics(), out);
        } else {
            Report.text(planned.diagnostics(), out);
            if (!planned.diagnostics().hasErrors()) out.println("Nội dung hợp lệ: " + planned.pages().size() + " trang sẽ được dựng.");
            Report.summary(planned.diagnostics(), out);
        }
        out.flush();
        if (planned.diagnostics().hasErrors()) return 1;
        return strict && planned.diagnostics().warningCount() > 0 ? 1 : 0;
    }
}
