package vn.dxportal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.render.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Report narratives (about 1,500 words: four numbered parts with subsections, bullet and numbered lists, a GFM task
 * table, a footnote, vi-VN figures and document references) and news posts (about 400 words), drawn from sentence
 * pools with a seeded {@link Rng}. Document references follow one pattern ("Kế hoạch số 12/KH-UBND ngày 3/4/2022")
 * so {@link Documents} can list them.
 */
final class Prose {
    private Prose() {}

    private static final List<String> FILLER = List.of(
            "Công tác chuyển đổi số tiếp tục nhận được sự quan tâm, chỉ đạo sát sao của Thường trực Huyện ủy, HĐND, UBND {unit}; các cơ quan, đơn vị và UBND các xã, thị trấn đã chủ động triển khai nhiệm vụ được giao.",
            "Nhận thức của cán bộ, công chức, viên chức và người dân về vai trò của chuyển đổi số từng bước được nâng lên, tạo sự đồng thuận trong quá trình triển khai.",
            "Việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước gắn với cải cách hành chính, góp phần nâng cao hiệu quả quản lý, chỉ đạo, điều hành.",
            "Hệ thống quản lý văn bản và điều hành dùng chung của tỉnh {province} được triển khai đồng bộ từ cấp huyện đến cấp xã, bảo đảm liên thông ba cấp.",
            "Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao tăng cường tuyên truyền về chuyển đổi số trên hệ thống truyền thanh cơ sở.",
            "Bộ phận Tiếp nhận và Trả kết quả cấp huyện và cấp xã thực hiện nghiêm việc tiếp nhận, giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
            "Tổ công nghệ số cộng đồng ở các thôn, khu dân cư đã hướng dẫn người dân cài đặt ứng dụng VNeID, mở tài khoản thanh toán điện tử và nộp hồ sơ trực tuyến.",
            "Hạ tầng viễn thông trên địa bàn tiếp tục được các doanh nghiệp đầu tư, mở rộng; chất lượng Internet cáp quang và di động 4G từng bước được cải thiện.",
            "Công tác bảo đảm an toàn thông tin mạng được quan tâm; các cơ quan, đơn vị đã cài đặt phần mềm phòng, chống mã độc và sao lưu dữ liệu định kỳ.",
            "Trong kỳ, huyện tổ chức {n} hội nghị, lớp tập huấn phổ biến kiến thức, kỹ năng số cho cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng.",
            "Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử được triển khai quyết liệt, phối hợp chặt chẽ giữa Công an huyện và các phòng, ban.",
            "Các hợp tác xã, hộ sản xuất được hỗ trợ đưa nông sản, sản phẩm OCOP lên các sàn thương mại điện tử Postmart, Voso và mạng xã hội.",
            "Thanh toán không dùng tiền mặt được mở rộng tại chợ {commune}, các trường học, trạm y tế và bộ phận một cửa.",
            "Cổng thông tin điện tử huyện được cập nhật thường xuyên, đăng tải {n} tin, bài và văn bản chỉ đạo, điều hành.",
            "Tuy nhiên, kinh phí bố trí cho chuyển đổi số còn hạn chế so với nhu cầu; trang thiết bị tại một số xã đã xuống cấp.",
            "Một bộ phận người dân, nhất là người cao tuổi và đồng bào vùng sâu, vùng xa, còn gặp khó khăn khi sử dụng dịch vụ công trực tuyến.",
            "Đội ngũ cán bộ phụ trách công nghệ thông tin ở cấp xã chủ yếu làm kiêm nhiệm, thường xuyên thay đổi nên ảnh hưởng đến hiệu quả triển khai.",
            "UBND huyện đã ban hành {doc} nhằm cụ thể hóa các mục tiêu, nhiệm vụ chuyển đổi số trên địa bàn.",
            "Các cơ quan, đơn vị thường xuyên rà soát, đánh giá kết quả thực hiện các chỉ tiêu, kịp thời báo cáo khó khăn, vướng mắc về Ban Chỉ đạo chuyển đổi số huyện.",
            "Hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt từ tỉnh đến huyện và {n} điểm cầu cấp xã.",
            "Tại {commune_full}, mô hình \"Chợ 4.0\" và \"Khu dân cư không dùng tiền mặt\" được triển khai thí điểm, bước đầu mang lại kết quả tích cực.",
            "Ngành giáo dục triển khai học bạ số, sổ điểm điện tử; ngành y tế khám, chữa bệnh bằng thẻ căn cước gắn chip.",
            "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm do hồ sơ tồn đọng lớn, thiết bị quét chưa được trang bị đồng bộ.",
            "Ban Chỉ đạo chuyển đổi số huyện duy trì giao ban hằng quý để đánh giá tiến độ, tháo gỡ khó khăn, vướng mắc phát sinh.",
            "Trong kỳ, toàn huyện tiếp nhận {n} phản ánh, kiến nghị của người dân qua ứng dụng và đường dây nóng; tất cả đã được trả lời đúng hạn.",
            "Mạng truyền số liệu chuyên dùng cấp II được kết nối đến {n} cơ quan, đơn vị, bảo đảm đường truyền ổn định cho các hệ thống dùng chung.",
            "UBND {commune_full} được chọn làm điểm triển khai mô hình \"Xã chuyển đổi số\", ưu tiên dịch vụ công trực tuyến, thanh toán số và nông nghiệp số.",
            "Kết quả xếp hạng chỉ số chuyển đổi số (DTI) cấp huyện của tỉnh {province} cho thấy huyện đã có bước tiến ở trụ cột chính quyền số.",
            "Các tổ chức tín dụng trên địa bàn đã mở mới {n} tài khoản thanh toán cho người dân, chủ yếu tại các xã vùng nông thôn.",
            "Đoàn Thanh niên huyện thành lập {n} đội hình thanh niên tình nguyện hỗ trợ người dân thực hiện dịch vụ công trực tuyến.");

    private static final List<String> TOPICS = List.of("triển khai Kế hoạch chuyển đổi số", "tuyên truyền chuyển đổi số",
            "phát triển hạ tầng số", "bảo đảm an toàn thông tin mạng", "đẩy mạnh dịch vụ công trực tuyến",
            "thành lập Tổ công nghệ số cộng đồng", "thực hiện Đề án 06");

    private static final List<String> WEAKNESSES = List.of("Kinh phí bố trí cho chuyển đổi số còn thấp, chưa đáp ứng yêu cầu.",
            "Hạ tầng công nghệ thông tin tại một số xã đã cũ, xuống cấp.", "Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp so với chỉ tiêu.",
            "Cán bộ phụ trách công nghệ thông tin cấp xã còn kiêm nhiệm nhiều việc.", "Người dân vùng sâu, vùng xa còn hạn chế về kỹ năng số.",
            "Một số phần mềm chuyên ngành chưa kết nối, liên thông dữ liệu.", "Trang thông tin điện tử cấp xã chưa được cập nhật thường xuyên.");

    static final List<String> NEXT_TASKS = List.of("Tiếp tục tuyên truyền sâu rộng về chuyển đổi số đến cán bộ, đảng viên và nhân dân.",
            "Nâng cao tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.",
            "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định.", "Bố trí kinh phí đầu tư trang thiết bị cho bộ phận một cửa cấp xã.",
            "Kiện toàn, nâng cao chất lượng hoạt động của Tổ công nghệ số cộng đồng.", "Triển khai các giải pháp bảo đảm an toàn thông tin mạng theo mô hình 4 lớp.",
            "Hỗ trợ hợp tác xã, hộ sản xuất tham gia sàn thương mại điện tử.", "Mở rộng thanh toán không dùng tiền mặt trong trường học, bệnh viện, chợ truyền thống.",
            "Hoàn thành kích hoạt tài khoản định danh điện tử mức 2 cho công dân đủ điều kiện.", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã.");

    private static final List<String> NEWS_TITLES = List.of("{commune_full} ra mắt Tổ công nghệ số cộng đồng",
            "{unit_full} tập huấn kỹ năng số cho {n} cán bộ, công chức", "Triển khai Đề án 06 tại {unit}: kết quả và bài học",
            "Tuyên truyền thanh toán không dùng tiền mặt tại chợ {commune}", "{unit_full} đẩy mạnh dịch vụ công trực tuyến toàn trình",
            "Hội nghị Ban Chỉ đạo chuyển đổi số {unit} quý {q}", "Người dân {commune_full} làm quen với ứng dụng VNeID",
            "Đưa sản phẩm OCOP của {unit} lên sàn thương mại điện tử", "Hỗ trợ người dân kích hoạt định danh điện tử mức 2 tại {commune_full}",
            "{unit_full} khai trương mô hình \"Khu dân cư không dùng tiền mặt\"", "Bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước {unit}",
            "Học bạ số tại các trường học {commune_full}", "Tuần lễ chuyển đổi số năm {year} tại {unit}");

    private static final List<String> NEWS_SENTENCES = List.of(
            "Sáng {day}, UBND {unit} tổ chức hội nghị với sự tham dự của lãnh đạo các phòng, ban chuyên môn và Chủ tịch UBND các xã, thị trấn.",
            "Phát biểu tại buổi lễ, đồng chí {person}, {role}, nhấn mạnh chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị.",
            "Theo thống kê, đến nay toàn huyện đã có {n} tổ công nghệ số cộng đồng với hơn {m} thành viên hoạt động thường xuyên.",
            "Các thành viên tổ đã đến từng hộ gia đình hướng dẫn cài đặt ứng dụng, tạo tài khoản thanh toán và nộp hồ sơ trực tuyến.",
            "Nhiều người dân cho biết việc nộp hồ sơ trực tuyến giúp tiết kiệm thời gian đi lại và chi phí so với trước đây.",
            "Ông {person}, người dân {commune_full}, chia sẻ: \"Trước đây mỗi lần làm thủ tục phải lên xã nhiều lần, nay chỉ cần chiếc điện thoại là nộp được hồ sơ ngay tại nhà\".",
            "Trong thời gian tới, huyện tiếp tục rà soát, bổ sung trang thiết bị và nâng cao chất lượng đội ngũ cán bộ làm công tác chuyển đổi số.",
            "Dịp này, UBND huyện đã khen thưởng {n} tập thể và cá nhân có thành tích xuất sắc trong triển khai chuyển đổi số.",
            "Lớp tập huấn tập trung vào sử dụng chữ ký số, phần mềm quản lý văn bản, dịch vụ công trực tuyến và bảo đảm an toàn thông tin.",
            "Đến hết tháng {month}, tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến trên địa bàn huyện đạt {pct}%.",
            "Các doanh nghiệp viễn thông đã hỗ trợ lắp đặt miễn phí {n} điểm phát Wi-Fi tại trung tâm các xã và nhà văn hóa thôn.",
            "Hợp tác xã {coop} đã đưa {n} sản phẩm lên sàn thương mại điện tử, doanh thu bán hàng trực tuyến tăng rõ rệt.",
            "Công an huyện phối hợp với các xã tổ chức nhiều đợt cao điểm cấp căn cước và kích hoạt tài khoản định danh điện tử.",
            "Ban Chỉ đạo đề nghị các cơ quan, đơn vị khắc phục ngay những hạn chế đã được chỉ ra, bảo đảm hoàn thành các chỉ tiêu năm {year}.",
            "Tại chợ {commune}, nhiều tiểu thương đã niêm yết mã QR để khách hàng thanh toán bằng ứng dụng ngân hàng.",
            "Hoạt động này góp phần nâng cao nhận thức của người dân về lợi ích của chuyển đổi số trong đời sống hằng ngày.");

    private static final List<String> DOC_KINDS = List.of("KH-UBND", "QĐ-UBND", "UBND-VHTT", "CV-UBND", "KH-BCĐ", "TB-UBND");
    private static final Map<String, String> DOC_FORMS = Map.of("KH-UBND", "Kế hoạch", "KH-BCĐ", "Kế hoạch", "QĐ-UBND", "Quyết định",
            "UBND-VHTT", "Văn bản", "CV-UBND", "Công văn", "TB-UBND", "Thông báo");

    static String docRef(Rng r, int year, String kind) {
        String k = kind != null ? kind : r.pick(DOC_KINDS);
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.between(0, 329));
        return DOC_FORMS.get(k) + " số " + r.between(1, 319) + "/" + k + " ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + year;
    }

    static String integer(long n) {
        return Formats.number(BigDecimal.valueOf(n));
    }

    static String decimal(double x) {
        return Formats.number(BigDecimal.valueOf(x).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    static String lowerType(String fullName, String type) {
        return type.toLowerCase(java.util.Locale.ROOT) + fullName.substring(type.length());
    }

    /** Draws templates without repeats until the pool is used up, then reshuffles: paragraphs read less repetitive. */
    private static final class Deck {
        private final Rng r;
        private final List<String> pool;
        private final List<String> left = new ArrayList<>();

        Deck(Rng r, List<String> pool) {
            this.r = r;
            this.pool = pool;
        }

        String draw() {
            if (left.isEmpty()) left.addAll(r.sample(pool, pool.size()));
            return left.remove(left.size() - 1);
        }
    }

    /** Fills the placeholders a template may use. */
    private static String fill(Rng r, String template, JsonNode unit, int year) {
        JsonNode commune = unit.get("communes").get(r.between(0, unit.get("communes").size() - 1));
        return template
                .replace("{unit_full}", unit.get("full_name").asText())
                .replace("{unit}", lowerType(unit.get("full_name").asText(), unit.get("type").asText()))
                .replace("{province}", unit.get("province").get("name").asText())
                .replace("{commune_full}", lowerType(commune.get("full_name").asText(), commune.get("type").asText()))
                .replace("{commune}", commune.get("name").asText())
                .replace("{n}", integer(r.between(3, 160)))
                .replace("{m}", integer(r.between(200, 1500)))
                .replace("{doc}", docRef(r, year, null))
                .replace("{year}", String.valueOf(year))
                .replace("{person}", Vocabulary.person(r))
                .replace("{role}", r.pick(List.of("Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Trưởng phòng Văn hóa và Thông tin")))
                .replace("{pct}", decimal(r.uniform(60, 99.5)))
                .replace("{coop}", r.pick(Vocabulary.SYLLABLE_A) + " " + r.pick(Vocabulary.SYLLABLE_B));
    }

    private static String paragraph(Rng r, Deck deck, JsonNode unit, int year, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) sb.append(' ');
            sb.append(fill(r, deck.draw(), unit, year));
        }
        return sb.toString();
    }

    static int words(String text) {
        int n = 0;
        for (String w : text.split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One observation as a report sentence: "Tỷ lệ …: 6.322/7.052 đạt tỷ lệ 89,64% (vượt chỉ tiêu 4,64%)." */
    private static String observationSentence(JsonNode indicator, JsonNode o) {
        String name = indicator.get("name").asText();
        if (o == null || o.isNull()) return name + ": chưa có số liệu trong kỳ báo cáo.";
        if (indicator.get("kind").asText().equals("ratio")) {
            double pct;
            String s;
            if (o.has("numerator")) {
                pct = o.has("reported") ? o.get("reported").asDouble() : o.get("numerator").asDouble() / o.get("denominator").asDouble() * 100;
                s = name + ": " + integer(o.get("numerator").asLong()) + "/" + integer(o.get("denominator").asLong()) + " đạt tỷ lệ " + decimal(pct) + "%";
            } else {
                pct = o.get("value").asDouble();
                s = name + " đạt " + decimal(pct) + "%";
            }
            double diff = pct - o.get("target").asDouble();
            boolean better = indicator.get("direction").asText().equals("higher") ? diff >= 0 : diff <= 0;
            if (!better) s += " (chưa đạt chỉ tiêu " + integer(o.get("target").asLong()) + "%)";
            else if (Math.abs(diff) < 0.005) s += " (đạt chỉ tiêu " + integer(o.get("target").asLong()) + "%)";
            else s += " (" + (diff > 0 ? "vượt" : "thấp hơn") + " chỉ tiêu " + decimal(Math.abs(diff)) + "%)";
            return s + ".";
        }
        String unit = indicator.get("unit").asText().equals("đồng") ? " đồng" : "";
        return name + ": " + integer(o.get("value").asLong()) + unit + ", chỉ tiêu " + integer(o.get("target").asLong()) + unit + ".";
    }

    /** A period report in the neutral fixture's form (front matter: title, period, date, signer). */
    static String narrative(long seed, JsonNode unit, JsonNode period, String nextLabel, List<JsonNode> indicators, int targetWords) {
        Rng r = Rng.of(seed, "narr", unit.get("province").get("slug").asText(), unit.get("slug").asText(), period.get("id").asText());
        int year = Integer.parseInt(period.get("id").asText().substring(0, 4));
        String label = period.get("label").asText().toLowerCase(java.util.Locale.ROOT);
        String full = unit.get("full_name").asText();
        String fullLower = Character.toLowerCase(full.charAt(0)) + full.substring(1);
        Deck deck = new Deck(r, FILLER);
        List<String> out = new ArrayList<>();
        out.add("---");
        out.add("title: " + yamlString("Báo cáo kết quả chuyển đổi số " + label + " — " + full));
        out.add("period: " + yamlString(period.get("id").asText()));
        out.add("date: " + period.get("published").asText());
        out.add("signer: " + yamlString(unit.get("responsible").get("name").asText()));
        out.add("---");
        out.add("");
        out.add("Căn cứ " + docRef(r, year, "KH-UBND") + " của UBND tỉnh " + unit.get("province").get("name").asText()
                + " về chuyển đổi số năm " + year + "; UBND " + fullLower + " báo cáo kết quả thực hiện công tác chuyển đổi số "
                + label + " như sau[^nguon].");
        out.add("");
        out.add("## I. Kết quả thực hiện");
        out.add("");
        out.add("### 1. Công tác chỉ đạo, điều hành");
        out.add("");
        out.add(paragraph(r, deck, unit, year, 3));
        out.add("");
        out.add("Các văn bản chủ yếu đã ban hành trong kỳ:");
        out.add("");
        int docs = r.between(4, 6);
        for (int i = 0; i < docs; i++) out.add("- " + docRef(r, year, null) + " về " + r.pick(TOPICS) + ";");
        out.add("");
        out.add("### 2. Kết quả thực hiện các chỉ tiêu");
        out.add("");
        out.add(paragraph(r, deck, unit, year, 2));
        out.add("");
        JsonNode observations = period.get("observations");
        for (JsonNode ind : r.sample(indicators, Math.min(10, indicators.size()))) {
            out.add("- " + observationSentence(ind, observations.get(ind.get("id").asText())));
        }
        out.add("");
        for (String heading : List.of("### 3. Hạ tầng số", "### 4. Nhân lực số", "### 5. An toàn thông tin mạng", "### 6. Kinh tế số và xã hội số")) {
            out.add(heading);
            out.add("");
            out.add(paragraph(r, deck, unit, year, r.between(3, 4)));
            out.add("");
        }
        out.add("### 7. Nhiệm vụ, dự án");
        out.add("");
        out.add("| TT | Nội dung, nhiệm vụ, dự án | Kết quả, tiến độ | Kinh phí (đồng) | Ghi chú |");
        out.add("|---:|---|---|---:|---|");
        int i = 1;
        for (JsonNode t : period.get("tasks")) {
            long budget = t.get("budget").asLong();
            out.add("| " + i++ + " | " + t.get("name").asText() + " | " + t.get("status").asText() + " (" + t.get("progress").asInt() + "%) | "
                    + (budget > 0 ? integer(budget) : "—") + " | " + (t.get("decision").isNull() ? "" : t.get("decision").asText()) + " |");
        }
        out.add("");
        out.add("## II. Tồn tại, hạn chế và nguyên nhân");
        out.add("");
        for (String w : r.sample(WEAKNESSES, 4)) out.add("- " + w);
        out.add("");
        out.add("## III. Đánh giá chung");
        out.add("");
        int fillAt = out.size();
        out.add("");
        out.add("");
        out.add("## IV. Phương hướng, nhiệm vụ " + nextLabel.toLowerCase(java.util.Locale.ROOT));
        out.add("");
        int n = 1;
        for (String t : r.sample(NEXT_TASKS, 6)) out.add(n++ + ". " + t);
        out.add("");
        out.add("Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số " + label + " của UBND " + fullLower + "./.");
        out.add("");
        out.add("[^nguon]: Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh " + unit.get("province").get("name").asText()
                + " và báo cáo của các cơ quan, đơn vị đến ngày " + Formats.date(LocalDate.parse(period.get("published").asText())) + ".");
        out.add("");
        // "Đánh giá chung" grows until the report reaches its length.
        int have = words(String.join("\n", out.subList(6, out.size())));
        List<String> paragraphs = new ArrayList<>();
        do {
            String p = paragraph(r, deck, unit, year, r.between(2, 3));
            paragraphs.add(p);
            have += words(p);
        } while (have < targetWords);
        out.set(fillAt, String.join("\n\n", paragraphs));
        return String.join("\n", out);
    }

    /** A news post in the neutral fixture's form; returns {file name, text}. */
    static String[] newsPost(long seed, JsonNode unit, int index, List<JsonNode> periods, int targetWords) {
        Rng r = Rng.of(seed, "news", unit.get("province").get("slug").asText(), unit.get("slug").asText(), String.valueOf(index));
        LocalDate start = LocalDate.parse(periods.get(0).get("start").asText());
        LocalDate end = LocalDate.parse(periods.get(periods.size() - 1).get("end").asText());
        LocalDate d = start.plusDays(r.between(0, (int) (end.toEpochDay() - start.toEpochDay())));
        JsonNode period = periods.get(periods.size() - 1);
        for (JsonNode p : periods) {
            boolean half = p.get("id").asText().endsWith("-h1");
            if (!LocalDate.parse(p.get("start").asText()).isAfter(d) && !LocalDate.parse(p.get("end").asText()).isBefore(d) && (half || d.getMonthValue() > 6)) {
                period = p;
                break;
            }
        }
        String title = fill(r, r.pick(NEWS_TITLES), unit, d.getYear()).replace("{q}", List.of("I", "II", "III", "IV").get((d.getMonthValue() - 1) / 3));
        List<String> tags = r.sample(Vocabulary.NEWS_TAGS, r.between(2, 4));
        tags.sort(null);
        String author = Vocabulary.person(r);
        List<String> body = new ArrayList<>();
        String lead = "(Cổng TTĐT " + unit.get("full_name").asText() + ") – " + fill(r, r.pick(NEWS_SENTENCES.subList(6, NEWS_SENTENCES.size())), unit, d.getYear())
                .replace("{day}", "ngày " + Formats.date(d)).replace("{month}", String.valueOf(d.getMonthValue()));
        body.add("**" + lead + "**");
        int have = words(lead);
        Deck deck = new Deck(r, NEWS_SENTENCES);
        boolean withList = r.chance(0.5);
        while (have < targetWords) {
            StringBuilder par = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                if (i > 0) par.append(' ');
                par.append(fill(r, deck.draw(), unit, d.getYear()).replace("{day}", "ngày " + Formats.date(d)).replace("{month}", String.valueOf(d.getMonthValue())));
            }
            body.add(par.toString());
            have += words(par.toString());
            if (withList && body.size() == 3) {
                StringBuilder list = new StringBuilder();
                for (String t : r.sample(NEXT_TASKS, 3)) list.append(list.isEmpty() ? "" : "\n").append("- ").append(t);
                body.add(list.toString());
                have += words(list.toString());
            }
        }
        body.add("*" + author + "*");
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(yamlString(title)).append('\n');
        text.append("date: ").append(d).append('\n');
        text.append("tags: [").append(String.join(", ", tags.stream().map(Prose::yamlString).toList())).append("]\n");
        text.append("author: ").append(yamlString(author)).append('\n');
        text.append("period: ").append(yamlString(period.get("id").asText())).append('\n');
        text.append("---\n");
        text.append(String.join("\n\n", body)).append('\n');
        String slug = vn.dxportal.content.Slugs.slugify(title);
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return new String[] {d + "-" + slug + "-" + String.format("%02d", index) + ".md", text.toString()};
    }
}
