package vn.dxportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Lang;
import vn.dxportal.imports.Importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập số liệu chỉ tiêu từ bảng tính (.xlsx hoặc .csv, theo mẫu docs/templates/mau-nhap-chi-so.csv) vào tệp "
                + "periods/<kỳ>.yaml của đơn vị. Chỉ danh sách 'indicators:' được ghi lại; phần khác của tệp giữ nguyên. "
                + "Nhập lại cùng bảng tính không thay đổi gì.%n"
                + "Exit 0: đã nhập (hoặc không có gì thay đổi); 1: bảng tính có lỗi, không ghi gì.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Bảng tính .xlsx hoặc .csv (UTF-8, dấu phẩy hoặc chấm phẩy).") Path file;
    @Option(names = "--unit", required = true, paramLabel = "MÃ", description = "Mã đơn vị, ví dụ lam-thao.") String unit;
    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo, ví dụ 2022 hoặc 2022-h1.") String period;
    @Option(names = "--sheet", paramLabel = "TÊN", description = "Trang tính cần đọc (mặc định: trang đầu tiên).") String sheet;
    @Mixin ContentOptions content;
    @Mixin LangOption language;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = language.lang();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Importer.Result r = Importer.run(content.content, file, unit, period, sheet);
        if (!r.ok()) {
            for (Diagnostic d : r.errors()) err.println(d.toText(lang));
            err.println(lang.pick("Không nhập: " + r.errors().size() + " lỗi; " + r.file() + " giữ nguyên.",
                    "Nothing imported: " + r.errors().size() + " error(s); " + r.file() + " is unchanged."));
            return 1;
        }
        if (!r.changed()) {
            out.println(lang.pick(r.file() + " đã khớp với bảng tính; không có gì thay đổi.",
                    r.file() + " already matches the sheet; nothing changed."));
        } else {
            out.println(lang.pick("Đã nhập vào " + r.file() + ": " + r.added() + " chỉ tiêu mới, " + r.updated() + " cập nhật, " + r.unchanged() + " không đổi.",
                    "Imported into " + r.file() + ": " + r.added() + " new, " + r.updated() + " updated, " + r.unchanged() + " unchanged."));
            out.println(lang.pick("Kiểm tra tỷ lệ, trạng thái và chỗ số liệu tự mâu thuẫn: java -jar target/dxportal.jar check",
                    "Check ratios, statuses and figures that disagree: java -jar target/dxportal.jar check --lang en"));
        }
        return 0;
    }
}
