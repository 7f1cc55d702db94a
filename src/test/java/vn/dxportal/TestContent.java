package vn.dxportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid portal in a temporary folder; tests overwrite single files to break it in one way at a time. */
public final class TestContent {
    public final Path root;

    public TestContent(Path dir) {
        this.root = dir.resolve("content");
        write("site.yaml", """
                title: Cổng thử nghiệm
                languages: [vi, en]
                """);
        write("indicators.yaml", """
                indicators:
                  - id: ho-so-truc-tuyen
                    name: Tỷ lệ hồ sơ trực tuyến
                    kind: ratio
                    pillar: chinh-quyen-so
                    aggregate: sum
                  - id: to-cong-nghe-so
                    name: Số tổ công nghệ số cộng đồng
                    kind: count
                    unit: tổ
                    pillar: xa-hoi-so
                    aggregate: sum
                """);
        write("units/tinh-a/unit.yaml", """
                name: Tỉnh A
                level: province
                """);
        write("units/huyen-b/unit.yaml", """
                name: Huyện Bình
                level: district
                parent: tinh-a
                ended: "2025-07-01"
                """);
        write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo năm 2022
                report:
                  issuer: UBND huyện Bình
                indicators:
                  - indicator: ho-so-truc-tuyen
                    numerator: 6322
                    denominator: 7052
                    target: 85
                    stated:
                      percent: 89.64
                      status: vượt
                  - indicator: to-cong-nghe-so
                    value: 156
                    parts:
                      - {label: Cấp xã, value: 5}
                      - {label: Khu dân cư, value: 151}
                """);
        write("units/huyen-b/periods/2022.md", """
                ## I. Kết quả

                Đã triển khai[^1].

                | Cấp | Số |
                |-----|----|
                | Xã  | 5  |

                [^1]: Theo báo cáo.
                """);
    }

    public TestContent write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) throws IOException {
        Files.delete(root.resolve(relative));
    }

    /** The repository's own sample content, themes and schemas (tests run with the project folder as working directory). */
    public static Path sampleContent() { return Path.of("content"); }

    public static Path defaultTheme() { return Path.of("themes/default"); }
}
