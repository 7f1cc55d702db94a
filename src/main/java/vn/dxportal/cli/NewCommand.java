package vn.dxportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dxportal.diag.Lang;
import vn.dxportal.model.Level;
import vn.dxportal.scaffold.Names;
import vn.dxportal.scaffold.Scaffold;
import vn.dxportal.scaffold.ScaffoldException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dxportal new unit|period|post|document}: new content files with every required field; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo tệp nội dung mới từ mẫu, điền sẵn các trường bắt buộc; không bao giờ ghi đè tệp đã có.%n"
                + "Exit 0: đã tạo; 1: không tạo (tệp đã có, đơn vị không có, tên không hợp lệ).",
        subcommands = {NewCommand.Unit.class, NewCommand.PeriodCmd.class, NewCommand.Post.class, NewCommand.Document.class})
final class NewCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Runs one scaffold, prints what it wrote (or why it wrote nothing) and what to do next. */
    private abstract static class Sub implements Callable<Integer> {
        @Mixin ContentOptions content;
        @Mixin LangOption language;
        @Spec CommandSpec spec;

        abstract List<Path> make(Scaffold s) throws ScaffoldException;

        @Override
        public Integer call() {
            Lang lang = language.lang();
            PrintWriter out = spec.commandLine().getOut();
            try {
                for (Path p : make(new Scaffold(content.content))) out.println(lang.pick("Đã ghi: ", "Written: ") + p);
                out.println(lang.pick("Sửa các trường trong tệp, rồi kiểm tra: java -jar target/dxportal.jar check",
                        "Fill in the file, then check it: java -jar target/dxportal.jar check --lang en"));
                return 0;
            } catch (ScaffoldException e) {
                spec.commandLine().getErr().println(e.diagnostic().toText(lang));
                return 1;
            }
        }
    }

    @Command(name = "unit", mixinStandardHelpOptions = true,
            description = "Đơn vị mới: units/<mã>/unit.yaml. Mã lấy từ tên, bỏ dấu (\"Huyện Đồng Xoài\" → dong-xoai).")
    static final class Unit extends Sub {
        @Parameters(paramLabel = "TÊN", description = "Tên đầy đủ, ví dụ \"Huyện Lâm Thao\".") String name;
        @Option(names = "--level", paramLabel = "province|district|commune",
                description = "Cấp; bỏ trống khi tên đã nói rõ (Tỉnh, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn).") String level;
        @Option(names = "--parent", paramLabel = "MÃ", description = "Mã đơn vị cấp trên, ví dụ phu-tho.") String parent;
        @Option(names = "--slug", paramLabel = "MÃ", description = "Mã (tên thư mục) nếu không muốn lấy từ tên.") String slug;

        @Override
        List<Path> make(Scaffold s) throws ScaffoldException {
            Level l = level == null ? Names.levelOf(name) : switch (level.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "province", "tinh", "tỉnh" -> Level.PROVINCE;
                case "district", "huyen", "huyện" -> Level.DISTRICT;
                case "commune", "xa", "xã" -> Level.COMMUNE;
                default -> null;
            };
            if (l == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), language.lang().pick(
                        "Cần --level province|district|commune: tên '" + name + "' không cho biết cấp (hoặc --level không hợp lệ).",
                        "--level province|district|commune is needed: the name '" + name + "' does not tell the level (or --level is not valid)."));
            }
            return s.unit(name, l, parent, slug);
        }
    }

    @Command(name = "period", mixinStandardHelpOptions = true,
            description = "Kỳ báo cáo mới của một đơn vị: periods/<kỳ>.yaml (số liệu) và periods/<kỳ>.md (thuyết minh).")
    static final class PeriodCmd extends Sub {
        @Option(names = "--unit", required = true, paramLabel = "MÃ", description = "Mã đơn vị, ví dụ lam-thao.") String unit;
        @Option(names = "--period", required = true, paramLabel = "KỲ", description = "2023, 2023-h1, 2023-h2, 2023-q1…q4 hoặc 2023-9m.") String period;
        @Option(names = "--title", paramLabel = "TIÊU ĐỀ", description = "Tiêu đề báo cáo (mặc định: Báo cáo kết quả công tác chuyển đổi số <kỳ>).") String title;

        @Override
        List<Path> make(Scaffold s) throws ScaffoldException { return s.period(unit, period, title); }
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Bài tin mới: news/<mã>.md, mã lấy từ tiêu đề, bỏ dấu.")
    static final class Post extends Sub {
        @Parameters(paramLabel = "TIÊU ĐỀ", description = "Tiêu đề bài.") String title;
        @Option(names = "--unit", required = true, paramLabel = "MÃ", description = "Mã đơn vị, ví dụ lam-thao.") String unit;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày đăng (mặc định: hôm nay, giờ Việt Nam).") String date;
        @Option(names = "--period", paramLabel = "KỲ", description = "Kỳ báo cáo mà bài dựa vào (tuỳ chọn).") String period;
        @Option(names = "--slug", paramLabel = "MÃ", description = "Tên tệp (không có .md) nếu không muốn lấy từ tiêu đề.") String slug;

        @Override
        List<Path> make(Scaffold s) throws ScaffoldException { return s.post(unit, title, date, slug, period); }
    }

    @Command(name = "document", mixinStandardHelpOptions = true,
            description = "Thêm một văn bản vào cuối documents.yaml của đơn vị (tạo tệp nếu chưa có).")
    static final class Document extends Sub {
        @Option(names = "--unit", required = true, paramLabel = "MÃ", description = "Mã đơn vị, ví dụ lam-thao.") String unit;
        @Option(names = "--number", required = true, paramLabel = "SỐ", description = "Số ký hiệu, ví dụ 40/KH-UBND.") String number;
        @Option(names = "--form", required = true, paramLabel = "HÌNH THỨC", description = "Kế hoạch, Quyết định, Công văn, Chỉ thị…") String form;
        @Option(names = "--title", required = true, paramLabel = "TRÍCH YẾU", description = "Trích yếu nội dung.") String title;
        @Option(names = "--issued", paramLabel = "YYYY-MM-DD", description = "Ngày ban hành.") String issued;
        @Option(names = "--issuer", paramLabel = "CƠ QUAN", description = "Cơ quan ban hành (mặc định: UBND + tên đơn vị).") String issuer;
        @Option(names = "--id", paramLabel = "MÃ", description = "Mã văn bản (mặc định: từ số ký hiệu và năm, ví dụ 40-kh-ubnd-2022).") String id;

        @Override
        List<Path> make(Scaffold s) throws ScaffoldException { return s.document(unit, form, number, title, issuer, issued, id); }
    }
}
