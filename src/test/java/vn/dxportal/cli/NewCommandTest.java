package vn.dxportal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static vn.dxportal.cli.CliTest.run;

/** {@code dxportal new …}: what it writes passes {@code check}, slugs fold Vietnamese, and nothing is overwritten. */
class NewCommandTest {
    @TempDir Path dir;

    @Test
    void everyScaffoldPassesCheck() throws Exception {
        TestContent c = new TestContent(dir);
        String root = c.root.toString();
        CliTest.Run unit = run("new", "unit", "Thị xã Đồng Xoài", "--parent", "tinh-a", "--content", root);
        assertEquals(0, unit.exit(), unit.err());
        Path unitYaml = c.root.resolve("units/dong-xoai/unit.yaml");
        assertTrue(Files.readString(unitYaml).contains("short_name: \"Đồng Xoài\""), Files.readString(unitYaml));
        assertTrue(Files.readString(unitYaml).contains("level: district"));

        assertEquals(0, run("new", "period", "--unit", "dong-xoai", "--period", "2024-h1", "--content", root).exit());
        String period = Files.readString(c.root.resolve("units/dong-xoai/periods/2024-h1.yaml"));
        assertTrue(period.contains("title: \"Báo cáo kết quả công tác chuyển đổi số 6 tháng đầu năm 2024\""), period);
        assertTrue(period.contains("issuer: \"UBND thị xã Đồng Xoài\""), period);
        assertTrue(Files.exists(c.root.resolve("units/dong-xoai/periods/2024-h1.md")));

        CliTest.Run post = run("new", "post", "Hội nghị tập huấn: chuyển đổi số \"cấp xã\"", "--unit", "dong-xoai",
                "--date", "2024-06-30", "--period", "2024-h1", "--content", root);
        assertEquals(0, post.exit(), post.err());
        assertTrue(Files.exists(c.root.resolve("units/dong-xoai/news/hoi-nghi-tap-huan-chuyen-doi-so-cap-xa.md")), post.out());

        assertEquals(0, run("new", "document", "--unit", "dong-xoai", "--number", "40/KH-UBND", "--form", "Kế hoạch",
                "--title", "Chuyển đổi số năm 2024", "--issued", "2024-02-28", "--content", root).exit());
        assertEquals(0, run("new", "document", "--unit", "dong-xoai", "--number", "41/QĐ-UBND", "--form", "Quyết định",
                "--title", "Kiện toàn Ban Chỉ đạo", "--content", root).exit());
        String docs = Files.readString(c.root.resolve("units/dong-xoai/documents.yaml"));
        assertTrue(docs.contains("id: 40-kh-ubnd-2024") && docs.contains("id: 41-qd-ubnd"), docs);

        CliTest.Run check = run("check", "--content", root);
        assertEquals(0, check.exit(), check.out());
        assertFalse(check.out().contains("lỗi ["), check.out());
    }

    @Test
    void refusesToOverwriteAndSaysWhy() throws Exception {
        TestContent c = new TestContent(dir);
        Path period = c.root.resolve("units/huyen-b/periods/2022.yaml");
        String before = Files.readString(period);
        CliTest.Run r = run("new", "period", "--unit", "huyen-b", "--period", "2022", "--content", c.root.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("lỗi [NEW_EXISTS] Tệp đã có, không ghi đè"), r.err());
        assertEquals(before, Files.readString(period));
        assertFalse(Files.exists(c.root.resolve("units/huyen-b/periods/2022.md.tmp")));

        CliTest.Run en = run("new", "unit", "Tỉnh A", "--slug", "tinh-a", "--content", c.root.toString(), "--lang", "en");
        assertEquals(1, en.exit());
        assertTrue(en.err().contains("error [NEW_EXISTS] The file already exists"), en.err());

        run("new", "document", "--unit", "huyen-b", "--number", "1/KH", "--form", "Kế hoạch", "--title", "A", "--content", c.root.toString());
        String docs = Files.readString(c.root.resolve("units/huyen-b/documents.yaml"));
        CliTest.Run again = run("new", "document", "--unit", "huyen-b", "--number", "1/KH", "--form", "Kế hoạch", "--title", "B", "--content", c.root.toString());
        assertEquals(1, again.exit());
        assertEquals(docs, Files.readString(c.root.resolve("units/huyen-b/documents.yaml")));
    }

    @Test
    void unknownUnitAndBadInputAreClearErrors() {
        TestContent c = new TestContent(dir);
        CliTest.Run r = run("new", "post", "Tin", "--unit", "khong-co", "--content", c.root.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("[NEW_NO_UNIT]"), r.err());
        assertTrue(run("new", "period", "--unit", "huyen-b", "--period", "2022-h3", "--content", c.root.toString()).err().contains("[NEW_BAD_PERIOD]"));
        assertTrue(run("new", "post", "Tin", "--unit", "huyen-b", "--date", "2022-02-30", "--content", c.root.toString()).err().contains("[NEW_BAD_DATE]"));
        CliTest.Run noLevel = run("new", "unit", "Thành phố Việt Trì", "--content", c.root.toString());
        assertNotEquals(0, noLevel.exit());
        assertTrue(noLevel.err().contains("--level"), noLevel.err());
        assertFalse(noLevel.err().contains("Exception"), noLevel.err());
    }
}
