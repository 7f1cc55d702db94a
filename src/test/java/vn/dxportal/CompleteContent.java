package vn.dxportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * A portal whose one unit publishes everything the nd42-2022 rule set asks for, and a copy of the default theme
 * (so tests may take a theme file away). Tests remove one item at a time and expect exactly that rule to fail.
 */
public final class CompleteContent {
    /** A 1×1 PNG: the fixture's emblem and organisation chart (dxportal never ships a real emblem). */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public final Path root;
    public final Path theme;

    /** @param updated the "last updated" date written on the unit and its Q&A (freshness is judged against it) */
    public CompleteContent(Path dir, LocalDate updated) {
        this.root = dir.resolve("content");
        this.theme = dir.resolve("theme");
        copyTheme(TestContent.defaultTheme(), theme);
        file("site.yaml", """
                title: Cổng thông tin điện tử tỉnh Đầy Đủ
                title_en: Day Du Province Portal
                description: Cổng thử nghiệm có đủ mọi thông tin theo Nghị định 42/2022.
                agency:
                  name: Ủy ban nhân dân tỉnh Đầy Đủ
                  name_en: People's Committee of Day Du Province
                  address: Số 1 đường Trần Phú, thành phố Đầy Đủ
                  phone: "0200 3800 000"
                  fax: "0200 3800 001"
                  email: ubnd@daydu.gov.vn
                responsible:
                  name: Nguyễn Văn An
                  position: Chánh Văn phòng Ủy ban nhân dân tỉnh
                licence: Giấy phép số 01/GP-TTĐT ngày 02/01/2024 của Cục Phát thanh, truyền hình và thông tin điện tử.
                languages: [vi, en]
                base_url: https://daydu.gov.vn/
                emblem: {src: images/quoc-huy.png, alt: Quốc huy, alt_en: National emblem}
                links:
                  - {title: Cổng thông tin điện tử Chính phủ, url: https://chinhphu.vn}
                public_services:
                  - {title: Cổng Dịch vụ công quốc gia, url: https://dichvucong.gov.vn}
                """);
        bytes("images/quoc-huy.png", PNG);
        file("indicators.yaml", """
                indicators:
                  - id: ho-so-truc-tuyen
                    name: Tỷ lệ hồ sơ trực tuyến
                    kind: ratio
                    pillar: chinh-quyen-so
                """);
        file("units/tinh-day-du/unit.yaml", """
                name: Tỉnh Đầy Đủ
                name_en: Day Du Province
                level: province
                updated: "%s"
                agency:
                  name: Ủy ban nhân dân tỉnh Đầy Đủ
                  name_en: People's Committee of Day Du Province
                  address: Số 1 đường Trần Phú, thành phố Đầy Đủ
                  phone: "0200 3800 000"
                  fax: "0200 3800 001"
                  email: ubnd@daydu.gov.vn
                functions: |
                  Ủy ban nhân dân tỉnh là cơ quan hành chính nhà nước ở địa phương.
                functions_en: |
                  The Provincial People's Committee is the local state administrative body.
                structure:
                  - {title: Văn phòng Ủy ban nhân dân tỉnh, title_en: Office of the People's Committee}
                  - {title: Sở Khoa học và Công nghệ, title_en: Department of Science and Technology, url: https://skhcn.daydu.gov.vn}
                structure_chart: {src: images/so-do.png, alt: Sơ đồ tổ chức Ủy ban nhân dân tỉnh, alt_en: Organisation chart}
                contacts:
                  - name: Trần Thị Bình
                    position: Phó Chánh Văn phòng
                    position_en: Deputy Chief of Office
                    unit: Văn phòng Ủy ban nhân dân tỉnh
                    unit_en: Office of the People's Committee
                    phone: "0200 3800 002"
                    email: binhtt@daydu.gov.vn
                public_services:
                  - {title: Cổng Dịch vụ công tỉnh Đầy Đủ, url: https://dichvucong.daydu.gov.vn}
                feedback:
                  - {title: "Hệ thống tiếp nhận phản ánh, kiến nghị", kind: phản ánh kiến nghị, url: https://phananh.daydu.gov.vn}
                access_to_information:
                  contact:
                    name: Lê Văn Cường
                    position: Chuyên viên
                    phone: "0200 3800 003"
                    email: tiepcan@daydu.gov.vn
                  address: Bộ phận Một cửa, số 1 đường Trần Phú
                  how_to_request: |
                    Gửi phiếu yêu cầu qua thư điện tử hoặc nộp tại Bộ phận Một cửa.
                  catalogue:
                    - title: Kế hoạch chuyển đổi số năm 2024
                      number: 10/KH-UBND
                      date: "2024-01-10"
                      form: Đăng trên cổng thông tin điện tử
                      published: "2024-01-12"
                      duration: Thường xuyên
                      url: https://daydu.gov.vn/van-ban/10-kh-ubnd
                """.formatted(updated));
        bytes("units/tinh-day-du/images/so-do.png", PNG);
        file("units/tinh-day-du/qa.yaml", """
                updated: "%s"
                questions:
                  - question: Làm thế nào để nộp hồ sơ trực tuyến?
                    answer: Truy cập Cổng Dịch vụ công tỉnh và đăng nhập bằng tài khoản định danh điện tử.
                    topic: Dịch vụ công trực tuyến
                    asked: "2024-03-01"
                    answered: "2024-03-05"
                    answered_by: Văn phòng Ủy ban nhân dân tỉnh
                """.formatted(updated));
        file("units/tinh-day-du/documents.yaml", """
                documents:
                  - id: kh-10-2024
                    form: Kế hoạch
                    number: 10/KH-UBND
                    issuer: Ủy ban nhân dân tỉnh Đầy Đủ
                    issued: "2024-01-10"
                    effective: "2024-01-10"
                    title: Chuyển đổi số năm 2024
                    file: files/kh-10-2024.pdf
                """);
        bytes("units/tinh-day-du/files/kh-10-2024.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        file("units/tinh-day-du/periods/2024.yaml", """
                title: Báo cáo kết quả chuyển đổi số năm 2024
                report: {issuer: Ủy ban nhân dân tỉnh Đầy Đủ, date: "2024-12-10"}
                indicators:
                  - {indicator: ho-so-truc-tuyen, numerator: 80, denominator: 100, target: 75}
                services:
                  - {level: cấp tỉnh, received: 100, online: 80}
                tasks:
                  - {name: Triển khai nền tảng số, kind: result, status: hoàn thành}
                """);
        file("units/tinh-day-du/news/pho-bien-nghi-dinh.md", """
                ---
                title: Phổ biến Nghị định về dịch vụ công trực tuyến
                date: 2024-05-02
                source: Văn phòng Ủy ban nhân dân tỉnh
                category: Phổ biến, hướng dẫn pháp luật
                ---
                Nội dung phổ biến.
                """);
    }

    /** Replaces {@code from} with {@code to} in a content file; fails loudly if the text is not there. */
    public CompleteContent replace(String relative, String from, String to) {
        Path f = root.resolve(relative);
        String text = read(f);
        if (!text.contains(from)) throw new AssertionError(relative + " does not contain «" + from + "»");
        write(f, text.replace(from, to));
        return this;
    }

    /** Writes a portal override of a theme file ({@code templates/layout.ftlh}) with {@code marker} removed. */
    public CompleteContent overrideWithout(String themeFile, String marker) {
        String text = read(theme.resolve(themeFile));
        if (!text.contains(marker)) throw new AssertionError(themeFile + " does not contain «" + marker + "»");
        write(root.resolve("layouts").resolve(themeFile), text.replace(marker, ""));
        return this;
    }

    /** Deletes a file of the fixture's theme (a theme that lacks a function the rules ask for). */
    public CompleteContent deleteThemeFile(String themeFile) {
        try {
            Files.delete(theme.resolve(themeFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CompleteContent file(String relative, String text) {
        write(root.resolve(relative), text);
        return this;
    }

    private void bytes(String relative, byte[] data) {
        try {
            Path f = root.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.write(f, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path f, String text) {
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTheme(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
