package vn.dxportal.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.dxportal.generate.GenerateException;
import vn.dxportal.generate.Generator;
import vn.dxportal.write.OutputRefused;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Tạo một cổng thông tin tổng hợp (dữ liệu giả lập, có dấu tiếng Việt) để đo hiệu năng: theo mẫu có sẵn "
                + "(province: 1 tỉnh, 15 huyện; national: 63 tỉnh × 11 huyện; mỗi huyện 4 kỳ báo cáo, 40 chỉ tiêu, 12 bài tin) hoặc "
                + "chuyển từ dữ liệu mẫu trung lập của ../shared/bench/gen_fixture.py.%n"
                + "Exit 0: thành công; 1: dữ liệu mẫu lỗi; 2: không dùng được thư mục đầu ra.")
final class GenerateCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--preset", paramLabel = "province|national", description = "Mẫu có sẵn: province hoặc national.")
        String preset;

        @Option(names = "--from-fixture", paramLabel = "DIR", description = "Thư mục dữ liệu mẫu trung lập (gen_fixture.py --out DIR).")
        Path fixture;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Source source;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Thư mục nội dung sẽ tạo (trống, chưa có, hoặc do generate tạo trước đó).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Hạt giống ngẫu nhiên cho --preset (mặc định 20240601); cùng hạt giống cho cùng kết quả từng byte.")
    Long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.preset != null && !Generator.isPreset(source.preset)) {
            throw new ParameterException(spec.commandLine(), "--preset phải là province hoặc national, không phải '" + source.preset + "'.");
        }
        long start = System.nanoTime();
        Generator.Result r;
        try {
            r = source.preset != null ? Generator.preset(source.preset, seed != null ? seed : Generator.defaultSeed(), this.out)
                    : Generator.fromFixture(source.fixture, this.out);
        } catch (OutputRefused e) {
            err.println(e.diagnostic().toText());
            return 2;
        } catch (GenerateException e) {
            err.println(e.getMessage() + "\n    → " + e.hint());
            return 1;
        } catch (IOException e) {
            err.println(vn.dxportal.diag.Diagnostic.error(vn.dxportal.diag.Msg.WRITE,
                    vn.dxportal.diag.SourcePosition.wholeFile(this.out.toString()), e.getMessage()).toText());
            return 2;
        }
        stdout.println("Đã tạo " + r.provinces() + " tỉnh, " + r.districts() + " huyện, " + r.periods() + " kỳ báo cáo, " + r.news() + " bài tin, "
                + r.documents() + " văn bản (" + r.files() + " tệp, " + r.bytes() / 1024 + " KB) vào " + this.out + " trong "
                + (System.nanoTime() - start) / 1_000_000 + " ms.");
        return 0;
    }
}
