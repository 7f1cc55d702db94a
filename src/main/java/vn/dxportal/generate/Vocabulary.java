package vn.dxportal.generate;

import java.util.List;
import java.util.Map;

/**
 * The words a synthetic portal is made of: the 63 provinces (2023), real district and commune names where the sample
 * reports give them, syllables for the rest, Vietnamese personal names, and an indicator catalogue modelled on the
 * DTI reports. All text is NFC as typed here.
 */
final class Vocabulary {
    private Vocabulary() {}

    record Province(String name, boolean city, String region) {}

    /** Seed-report provinces first, so the small preset uses one of them; then the usual official order. */
    static final List<Province> PROVINCES = List.of(
            p("Phú Thọ", "Trung du và miền núi phía Bắc"), p("Quảng Ngãi", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Sóc Trăng", "Đồng bằng sông Cửu Long"), c("Hà Nội", "Đồng bằng sông Hồng"),
            p("Hà Giang", "Trung du và miền núi phía Bắc"), p("Cao Bằng", "Trung du và miền núi phía Bắc"),
            p("Bắc Kạn", "Trung du và miền núi phía Bắc"), p("Tuyên Quang", "Trung du và miền núi phía Bắc"),
            p("Lào Cai", "Trung du và miền núi phía Bắc"), p("Điện Biên", "Trung du và miền núi phía Bắc"),
            p("Lai Châu", "Trung du và miền núi phía Bắc"), p("Sơn La", "Trung du và miền núi phía Bắc"),
            p("Yên Bái", "Trung du và miền núi phía Bắc"), p("Hòa Bình", "Trung du và miền núi phía Bắc"),
            p("Thái Nguyên", "Trung du và miền núi phía Bắc"), p("Lạng Sơn", "Trung du và miền núi phía Bắc"),
            p("Quảng Ninh", "Đồng bằng sông Hồng"), p("Bắc Giang", "Trung du và miền núi phía Bắc"),
            p("Vĩnh Phúc", "Đồng bằng sông Hồng"), p("Bắc Ninh", "Đồng bằng sông Hồng"),
            p("Hải Dương", "Đồng bằng sông Hồng"), c("Hải Phòng", "Đồng bằng sông Hồng"),
            p("Hưng Yên", "Đồng bằng sông Hồng"), p("Thái Bình", "Đồng bằng sông Hồng"),
            p("Hà Nam", "Đồng bằng sông Hồng"), p("Nam Định", "Đồng bằng sông Hồng"),
            p("Ninh Bình", "Đồng bằng sông Hồng"), p("Thanh Hóa", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Nghệ An", "Bắc Trung Bộ và Duyên hải miền Trung"), p("Hà Tĩnh", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Quảng Bình", "Bắc Trung Bộ và Duyên hải miền Trung"), p("Quảng Trị", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Thừa Thiên Huế", "Bắc Trung Bộ và Duyên hải miền Trung"), c("Đà Nẵng", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Quảng Nam", "Bắc Trung Bộ và Duyên hải miền Trung"), p("Bình Định", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Phú Yên", "Bắc Trung Bộ và Duyên hải miền Trung"), p("Khánh Hòa", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Ninh Thuận", "Bắc Trung Bộ và Duyên hải miền Trung"), p("Bình Thuận", "Bắc Trung Bộ và Duyên hải miền Trung"),
            p("Kon Tum", "Tây Nguyên"), p("Gia Lai", "Tây Nguyên"), p("Đắk Lắk", "Tây Nguyên"), p("Đắk Nông", "Tây Nguyên"),
            p("Lâm Đồng", "Tây Nguyên"), p("Bình Phước", "Đông Nam Bộ"), p("Tây Ninh", "Đông Nam Bộ"),
            p("Bình Dương", "Đông Nam Bộ"), p("Đồng Nai", "Đông Nam Bộ"), p("Bà Rịa - Vũng Tàu", "Đông Nam Bộ"),
            c("Hồ Chí Minh", "Đông Nam Bộ"), p("Long An", "Đồng bằng sông Cửu Long"),
            p("Tiền Giang", "Đồng bằng sông Cửu Long"), p("Bến Tre", "Đồng bằng sông Cửu Long"),
            p("Trà Vinh", "Đồng bằng sông Cửu Long"), p("Vĩnh Long", "Đồng bằng sông Cửu Long"),
            p("Đồng Tháp", "Đồng bằng sông Cửu Long"), p("An Giang", "Đồng bằng sông Cửu Long"),
            p("Kiên Giang", "Đồng bằng sông Cửu Long"), c("Cần Thơ", "Đồng bằng sông Cửu Long"),
            p("Hậu Giang", "Đồng bằng sông Cửu Long"), p("Bạc Liêu", "Đồng bằng sông Cửu Long"),
            p("Cà Mau", "Đồng bằng sông Cửu Long"));

    private static Province p(String name, String region) { return new Province(name, false, region); }
    private static Province c(String name, String region) { return new Province(name, true, region); }

    /** Real districts of the seed-report provinces, as (kind, name). */
    static final Map<String, List<String[]>> REAL_DISTRICTS = Map.of(
            "Phú Thọ", List.of(d("Huyện", "Lâm Thao"), d("Thành phố", "Việt Trì"), d("Thị xã", "Phú Thọ"), d("Huyện", "Đoan Hùng"),
                    d("Huyện", "Hạ Hòa"), d("Huyện", "Thanh Ba"), d("Huyện", "Phù Ninh"), d("Huyện", "Yên Lập"), d("Huyện", "Cẩm Khê"),
                    d("Huyện", "Tam Nông"), d("Huyện", "Thanh Sơn"), d("Huyện", "Thanh Thủy"), d("Huyện", "Tân Sơn")),
            "Quảng Ngãi", List.of(d("Huyện", "Bình Sơn"), d("Huyện", "Minh Long"), d("Thành phố", "Quảng Ngãi"), d("Huyện", "Sơn Tịnh"),
                    d("Huyện", "Tư Nghĩa"), d("Huyện", "Nghĩa Hành"), d("Huyện", "Mộ Đức"), d("Thị xã", "Đức Phổ"), d("Huyện", "Ba Tơ"),
                    d("Huyện", "Sơn Hà"), d("Huyện", "Sơn Tây"), d("Huyện", "Trà Bồng"), d("Huyện", "Lý Sơn")),
            "Sóc Trăng", List.of(d("Huyện", "Long Phú"), d("Thành phố", "Sóc Trăng"), d("Huyện", "Kế Sách"), d("Huyện", "Mỹ Tú"),
                    d("Huyện", "Cù Lao Dung"), d("Huyện", "Mỹ Xuyên"), d("Huyện", "Thạnh Trị"), d("Huyện", "Châu Thành"),
                    d("Huyện", "Trần Đề"), d("Thị xã", "Ngã Năm"), d("Thị xã", "Vĩnh Châu")));

    /** Communes of Lâm Thao named in its 2022 report. */
    static final List<String[]> LAM_THAO_COMMUNES = List.of(d("Thị trấn", "Lâm Thao"), d("Thị trấn", "Hùng Sơn"), d("Xã", "Tứ Xã"),
            d("Xã", "Xuân Lũng"), d("Xã", "Sơn Vi"), d("Xã", "Phùng Nguyên"), d("Xã", "Cao Xá"), d("Xã", "Vĩnh Lại"),
            d("Xã", "Bản Nguyên"), d("Xã", "Thạch Sơn"), d("Xã", "Tiên Kiên"), d("Xã", "Xuân Huy"));

    private static String[] d(String kind, String name) { return new String[] {kind, name}; }

    static final List<String> SYLLABLE_A = List.of("An", "Bình", "Cẩm", "Chiêm", "Đại", "Đức", "Đông", "Gia", "Hòa", "Hoài", "Hưng",
            "Kim", "Kỳ", "Lạc", "Long", "Minh", "Mỹ", "Nghĩa", "Ngọc", "Phú", "Phúc", "Phước", "Quảng", "Quế", "Sơn", "Tam", "Tân",
            "Thạch", "Thanh", "Thuận", "Tiên", "Trà", "Triệu", "Tuy", "Vĩnh", "Văn", "Xuân", "Yên", "Ea", "Krông", "Bảo", "Châu",
            "Hải", "Lục", "Mường");
    static final List<String> SYLLABLE_B = List.of("An", "Bình", "Châu", "Điền", "Định", "Đông", "Giang", "Hà", "Hải", "Hòa", "Hưng",
            "Khê", "Lâm", "Lập", "Lộc", "Long", "Minh", "Ninh", "Phong", "Phú", "Sơn", "Tây", "Thành", "Thạnh", "Thao", "Thủy",
            "Tiến", "Trung", "Xuyên", "Yên", "Lạc", "Nguyên", "Lương", "Mỹ", "Hiệp", "Phước", "Kiên", "Lũng", "Vi", "Xá", "Nam",
            "Bắc", "Đức");

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Hồng", "Công");
    static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Lan",
            "Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Đạt", "Khánh", "Linh",
            "Phúc", "Thắng", "Thủy", "Vinh");

    static String person(Rng r) {
        return r.pick(FAMILY) + " " + r.pick(MIDDLE) + " " + r.pick(GIVEN);
    }

    /** The eight DTI pillars, as the neutral fixture names them. */
    static final List<String> PILLARS = List.of("Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng",
            "Hoạt động chính quyền số", "Kinh tế số", "Xã hội số");

    /**
     * One catalogue entry: ratio entries have a percent target and a range for the denominator; count and money
     * entries a range the district's own target is drawn from.
     */
    record IndicatorDef(String id, String name, String kind, int pillar, String direction, int target, long lo, long hi,
                        String numerator, String denominator) {}

    static final List<IndicatorDef> INDICATORS = List.of(
            ratio("tthc-truc-tuyen-huyen", "Tỷ lệ hồ sơ TTHC cấp huyện xử lý trực tuyến", 5, 85, 3000, 15000, "hồ sơ xử lý trên môi trường mạng", "tổng số hồ sơ tiếp nhận"),
            ratio("tthc-truc-tuyen-xa", "Tỷ lệ hồ sơ TTHC cấp xã xử lý trực tuyến", 5, 85, 5000, 25000, "hồ sơ xử lý trên môi trường mạng", "tổng số hồ sơ tiếp nhận"),
            ratio("tthc-dung-han", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 5, 98, 3000, 15000, "hồ sơ giải quyết đúng hạn", "tổng số hồ sơ đã giải quyết"),
            lower("tthc-qua-han", "Tỷ lệ hồ sơ TTHC giải quyết quá hạn", 5, 2, 3000, 15000, "hồ sơ giải quyết quá hạn", "tổng số hồ sơ đã giải quyết"),
            ratio("van-ban-ky-so", "Tỷ lệ văn bản điện tử gửi, nhận được ký số", 5, 95, 8000, 40000, "văn bản được ký số", "tổng số văn bản đi"),
            ratio("so-hoa-ket-qua", "Tỷ lệ số hóa kết quả giải quyết TTHC", 5, 50, 3000, 15000, "kết quả được số hóa", "tổng số kết quả giải quyết"),
            ratio("dvc-toan-trinh", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", 5, 60, 250, 420, "TTHC cung cấp toàn trình", "tổng số TTHC thuộc thẩm quyền"),
            ratio("thanh-toan-truc-tuyen", "Tỷ lệ hồ sơ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", 5, 30, 1000, 8000, "hồ sơ thanh toán trực tuyến", "hồ sơ có phát sinh phí, lệ phí"),
            ratio("hai-long", "Mức độ hài lòng của người dân, doanh nghiệp", 5, 90, 500, 3000, "phiếu đánh giá hài lòng", "tổng số phiếu khảo sát"),
            ratio("bao-cao-dinh-ky", "Tỷ lệ báo cáo định kỳ gửi qua Hệ thống thông tin báo cáo", 5, 100, 40, 120, "báo cáo gửi qua hệ thống", "tổng số báo cáo định kỳ"),
            ratio("hop-truc-tuyen", "Tỷ lệ cuộc họp được tổ chức trực tuyến", 5, 50, 30, 200, "cuộc họp trực tuyến", "tổng số cuộc họp"),
            ratio("may-tinh-cbcc-xa", "Tỷ lệ cán bộ, công chức cấp xã được trang bị máy tính", 2, 100, 150, 600, "cán bộ, công chức có máy tính", "tổng số cán bộ, công chức cấp xã"),
            ratio("cap-quang-ho-gd", "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng", 2, 80, 15000, 60000, "hộ có cáp quang", "tổng số hộ gia đình"),
            ratio("dien-thoai-thong-minh", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", 2, 85, 40000, 200000, "người có điện thoại thông minh", "dân số trưởng thành"),
            ratio("song-4g-thon", "Tỷ lệ thôn, khu dân cư được phủ sóng di động 4G", 2, 100, 40, 250, "thôn, khu dân cư có sóng 4G", "tổng số thôn, khu dân cư"),
            ratio("tai-khoan-thanh-toan", "Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử", 7, 70, 40000, 200000, "người có tài khoản", "dân số trưởng thành"),
            ratio("dinh-danh-muc-2", "Tỷ lệ công dân được kích hoạt định danh điện tử mức 2", 7, 60, 40000, 200000, "công dân đã kích hoạt", "công dân đủ điều kiện"),
            ratio("ho-so-suc-khoe", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", 7, 80, 50000, 250000, "người có hồ sơ sức khỏe điện tử", "dân số"),
            ratio("hoc-ba-so", "Tỷ lệ trường học triển khai học bạ số", 7, 90, 20, 90, "trường triển khai học bạ số", "tổng số trường"),
            ratio("hoa-don-dien-tu", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", 6, 100, 200, 3000, "doanh nghiệp dùng hóa đơn điện tử", "doanh nghiệp đang hoạt động"),
            ratio("ho-san-xuat-tmdt", "Tỷ lệ hộ sản xuất nông nghiệp bán hàng trên sàn thương mại điện tử", 6, 20, 2000, 15000, "hộ có gian hàng trên sàn", "tổng số hộ sản xuất"),
            ratio("can-bo-chuyen-trach", "Tỷ lệ cơ quan, đơn vị có cán bộ chuyên trách chuyển đổi số", 3, 100, 20, 60, "cơ quan, đơn vị có cán bộ chuyên trách", "tổng số cơ quan, đơn vị"),
            ratio("httt-cap-do", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin", 4, 100, 5, 30, "hệ thống đã phê duyệt cấp độ", "tổng số hệ thống thông tin"),
            ratio("to-cnsd-hoat-dong", "Tỷ lệ thôn, khu dân cư có Tổ công nghệ số cộng đồng hoạt động", 0, 100, 40, 250, "thôn, khu dân cư có tổ hoạt động", "tổng số thôn, khu dân cư"),
            count("so-to-cnsd", "Số Tổ công nghệ số cộng đồng", 0, "higher", 40, 250),
            count("thanh-vien-to-cnsd", "Số thành viên Tổ công nghệ số cộng đồng", 0, "higher", 200, 1200),
            count("van-ban-chi-dao", "Số văn bản chỉ đạo, điều hành về chuyển đổi số được ban hành", 1, "higher", 20, 300),
            count("chung-thu-so", "Số chứng thư số được cấp cho cán bộ, công chức", 5, "higher", 60, 400),
            count("tin-bai-cong-ttdt", "Số tin bài đăng trên Cổng thông tin điện tử", 0, "higher", 150, 1200),
            count("wifi-cong-cong", "Số điểm truy cập Wi-Fi công cộng miễn phí", 2, "higher", 5, 80),
            count("camera-an-ninh", "Số camera giám sát an ninh trật tự được lắp đặt", 2, "higher", 20, 500),
            count("tap-huan-ky-nang-so", "Số lượt cán bộ được tập huấn kỹ năng số", 3, "higher", 100, 1500),
            count("ocop-tmdt", "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử", 6, "higher", 5, 60),
            count("su-co-attt", "Số sự cố mất an toàn thông tin mạng", 4, "lower", 2, 10),
            count("dvc-toan-trinh-so", "Số dịch vụ công trực tuyến toàn trình được cung cấp", 5, "higher", 100, 300),
            count("tuyen-truyen-cds", "Số buổi tuyên truyền về chuyển đổi số tại cơ sở", 0, "higher", 10, 120),
            money("kinh-phi-cds", "Kinh phí chi cho chuyển đổi số", 1, 800_000_000L, 20_000_000_000L),
            money("kinh-phi-ha-tang", "Kinh phí đầu tư hạ tầng số", 2, 300_000_000L, 8_000_000_000L),
            money("kinh-phi-dao-tao", "Kinh phí đào tạo, bồi dưỡng nhân lực số", 3, 50_000_000L, 900_000_000L),
            money("doanh-thu-tmdt-htx", "Doanh thu thương mại điện tử của hợp tác xã", 6, 200_000_000L, 12_000_000_000L),
            money("giao-dich-khong-tien-mat", "Giá trị giao dịch thanh toán không dùng tiền mặt tại chợ, trường học, bệnh viện", 7, 1_000_000_000L, 60_000_000_000L));

    private static IndicatorDef ratio(String id, String name, int pillar, int target, long lo, long hi, String num, String den) {
        return new IndicatorDef(id, name, "ratio", pillar, "higher", target, lo, hi, num, den);
    }

    private static IndicatorDef lower(String id, String name, int pillar, int target, long lo, long hi, String num, String den) {
        return new IndicatorDef(id, name, "ratio", pillar, "lower", target, lo, hi, num, den);
    }

    private static IndicatorDef count(String id, String name, int pillar, String direction, long lo, long hi) {
        return new IndicatorDef(id, name, "count", pillar, direction, 0, lo, hi, null, null);
    }

    private static IndicatorDef money(String id, String name, int pillar, long lo, long hi) {
        return new IndicatorDef(id, name, "money", pillar, "higher", 0, lo, hi, null, null);
    }

    static final List<String> NEWS_TAGS = List.of("chuyển đổi số", "Đề án 06", "dịch vụ công trực tuyến", "kỹ năng số",
            "Tổ công nghệ số cộng đồng", "thanh toán không dùng tiền mặt", "an toàn thông tin", "hạ tầng số", "kinh tế số",
            "thương mại điện tử", "chữ ký số", "VNeID", "cải cách hành chính", "xã hội số", "nông nghiệp số", "giáo dục số", "y tế số");

    static final List<String> TASKS = List.of("Triển khai phòng họp không giấy", "Triển khai phòng họp trực tuyến tại UBND huyện và các xã",
            "Nâng cấp Cổng thông tin điện tử huyện", "Xây dựng Trung tâm điều hành thông minh (IOC)", "Số hóa hồ sơ, tài liệu lưu trữ",
            "Lắp đặt hệ thống camera giám sát an ninh", "Trang bị máy tính cho bộ phận một cửa cấp xã",
            "Đào tạo kỹ năng số cho Tổ công nghệ số cộng đồng", "Triển khai nền tảng bản đồ số du lịch",
            "Xây dựng kho dữ liệu dùng chung của huyện", "Triển khai ứng dụng công dân số", "Phủ sóng Wi-Fi miễn phí tại trung tâm huyện");
}
