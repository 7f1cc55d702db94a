package vn.dxportal.cli;

import org.apache.commons.io.FileUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.serve.IncrementalBuild;
import vn.dxportal.serve.LiveSite;
import vn.dxportal.serve.PreviewServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xem trước cổng trên máy (http://127.0.0.1:PORT/): dựng vào thư mục tạm, theo dõi nội dung, giao diện và layouts/,"
                + " dựng lại phần thay đổi và tự tải lại trang đang mở. Không ghi vào site/. Dừng bằng Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin ContentOptions content;

    @Option(names = "--theme", paramLabel = "DIR", defaultValue = "themes/default", description = "Thư mục giao diện (mặc định: ${DEFAULT-VALUE}).")
    Path theme;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Cổng nghe trên 127.0.0.1 (mặc định: ${DEFAULT-VALUE}; 0: chọn cổng trống).")
    int port;

    @Option(names = "--drafts", description = "Hiện cả bài nháp (draft: true).")
    boolean drafts;

    @Option(names = "--future", description = "Hiện cả bài có ngày đăng sau hôm nay.")
    boolean future;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path temp = Files.createTempDirectory("dxportal-serve-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileUtils.deleteQuietly(temp.toFile())));
        Pipeline.Options options = new Pipeline.Options(content.content, theme, temp.resolve("site"), null, ContentOptions.sourceDateEpoch(), drafts, future);
        LiveSite site = new LiveSite(options);
        report(site.first(), out, err);
        PreviewServer server;
        try {
            server = new PreviewServer(site, port);
        } catch (BindException e) {
            err.println(vn.dxportal.diag.Diagnostic.error(vn.dxportal.diag.Msg.PORT_IN_USE,
                    vn.dxportal.diag.SourcePosition.wholeFile("127.0.0.1:" + port), port + 1).toText());
            site.close();
            return 2;
        }
        site.onRebuild(outcome -> report(outcome, out, err));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("Xem trước tại " + server.url() + " (bản dựng ở " + site.out() + "). Dừng bằng Ctrl+C.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static void report(IncrementalBuild.Outcome o, PrintWriter out, PrintWriter err) {
        if (o.ok()) {
            out.println("Đã dựng " + o.pages() + " trang trong " + o.millis() + " ms: đọc lại " + o.parsed() + " tệp, vẽ lại " + o.rendered()
                    + " trang, ghi " + o.written().size() + " tệp, xoá " + o.deleted().size() + " tệp (" + o.phases() + ").");
        } else {
            for (Diagnostic d : o.errors()) err.println(d.toText());
            err.println("Nội dung có lỗi (" + o.errors().size() + ", " + o.millis() + " ms): trình duyệt hiện lỗi; bản dựng tốt gần nhất vẫn được phục vụ.");
        }
        out.flush();
        err.flush();
    }
}
