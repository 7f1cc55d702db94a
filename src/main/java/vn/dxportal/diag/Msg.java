package vn.dxportal.diag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every diagnostic dxportal can print, each with a stable code and its text in Vietnamese and English: a message
 * (what is wrong) and a hint (what to do). The constructor takes both languages, so a message without English
 * cannot be written; {@code DiagnosticCatalogTest} also checks the two differ and use the same placeholders, and
 * {@code docs/diagnostics.md} is generated from this list.
 *
 * <p>{@code {0}}, {@code {1}}… are the arguments given at the call site, in order. An argument that is itself
 * worded per language is a {@link Text}; anything else (a key, a file name, a slug) is shown as it is.
 * Several constants may share one code when the same problem is worded differently (with or without a guess).
 */
public enum Msg {
    // --- loading files ---
    CONTENT_MISSING("Không tìm thấy thư mục nội dung.",
            "Chạy lệnh trong thư mục chứa 'content/' hoặc chỉ rõ bằng --content DIR.",
            "Content folder not found.",
            "Run the command in the folder that holds 'content/', or name the folder with --content DIR."),
    UNIT_SLUG("Tên thư mục đơn vị '{0}' không phải là mã hợp lệ.",
            "Đổi tên thư mục thành chữ thường không dấu, số và dấu gạch ngang, ví dụ '{1}'.",
            "The unit folder name '{0}' is not a valid slug.",
            "Rename the folder to lower-case letters without diacritics, digits and hyphens, for example '{1}'."),
    NARRATIVE_ORPHAN("Phần thuyết minh không có tệp số liệu cùng tên.",
            "Tạo tệp '{0}' bên cạnh, hoặc đổi tên tệp cho khớp kỳ báo cáo.",
            "This narrative has no data file of the same name.",
            "Create '{0}' next to it, or rename the file to match a reporting period."),
    PERIOD_ID("Tên tệp '{0}' không phải là kỳ báo cáo hợp lệ.",
            "Đặt tên theo kỳ: 2022.yaml (năm), 2022-h1.yaml (6 tháng đầu), 2022-h2.yaml, 2022-q1.yaml (quý) hoặc 2022-9m.yaml.",
            "The file name '{0}' is not a valid reporting period.",
            "Name it after the period: 2022.yaml (year), 2022-h1.yaml (first half), 2022-h2.yaml, 2022-q1.yaml (quarter) or 2022-9m.yaml."),
    TRANSLATION_ORPHAN("Bản dịch không có bài tiếng Việt cùng tên.",
            "Bản dịch của bài news/{0} phải tên là news/{1}; kiểm tra tên tệp.",
            "This translation has no Vietnamese post of the same name.",
            "The translation of news/{0} must be named news/{1}; check the file name."),
    FILE_IGNORED("Tệp này bị bỏ qua ({0}).",
            "Di chuyển hoặc xoá tệp nếu không cần.",
            "This file is ignored ({0}).",
            "Move or delete the file if it is not needed."),
    FILE_MISSING("Thiếu tệp bắt buộc.",
            "Tạo tệp theo hướng dẫn trong docs/content-format.md.",
            "A required file is missing.",
            "Create it as docs/content-format.md describes."),
    ENCODING("Tệp không được lưu bằng mã UTF-8.",
            "Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8.",
            "The file is not saved as UTF-8.",
            "Open it in an editor and save it again with the UTF-8 encoding."),
    READ("Không đọc được tệp: {0}",
            "Kiểm tra tệp còn tồn tại và có quyền đọc.",
            "Cannot read the file: {0}",
            "Check that the file exists and can be read."),
    READ_RULE_SET("READ", "Không đọc được bộ quy tắc: {0}",
            "Kiểm tra tệp bộ quy tắc còn tồn tại và có quyền đọc.",
            "Cannot read the rule set: {0}",
            "Check that the rule-set file exists and can be read."),
    FRONT_MATTER_UNCLOSED("Phần đầu (front matter) mở bằng '---' nhưng không có dòng '---' đóng lại.",
            "Thêm một dòng chỉ có '---' sau trường cuối cùng của phần đầu.",
            "The front matter opens with '---' but no '---' line closes it.",
            "Add a line holding only '---' after the last front-matter field."),

    // --- YAML syntax ---
    YAML_TAB("Ký tự Tab trong phần thụt lề YAML (YAML chỉ cho phép dấu cách).",
            "Thay mỗi Tab ở đầu dòng bằng dấu cách (thường là 2 dấu cách mỗi cấp).",
            "A tab character in YAML indentation (YAML allows only spaces).",
            "Replace each tab at the start of the line with spaces (usually 2 per level)."),
    YAML_SYNTAX("YAML không hợp lệ: {0}",
            "Kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu nháy; chuỗi có dấu ':' hoặc '#' cần đặt trong nháy kép.",
            "Invalid YAML: {0}",
            "Check the indentation, the colon after each key and the quotes; text containing ':' or '#' needs double quotes."),
    YAML_READ("Không đọc được tệp: {0}",
            "Kiểm tra tệp còn tồn tại và có quyền đọc.",
            "Cannot read the file: {0}",
            "Check that the file exists and can be read."),
    YAML_DUPLICATE_KEY("Trường '{0}' xuất hiện hai lần trong cùng một khối.",
            "Giữ lại một trường '{0}' và xoá hoặc đổi tên trường còn lại.",
            "The key '{0}' appears twice in the same block.",
            "Keep one '{0}' and delete or rename the other."),

    // --- schema ---
    UNKNOWN_KEY("Trường '{0}' không có trong {1}; có phải ý bạn là '{2}'?",
            "Đổi '{0}' thành '{2}'.",
            "'{0}' is not a field of {1}; did you mean '{2}'?",
            "Change '{0}' to '{2}'."),
    UNKNOWN_KEY_LIST("UNKNOWN_KEY", "Trường '{0}' không có trong {1}.",
            "Xoá trường này hoặc dùng một trong: {2}.",
            "'{0}' is not a field of {1}.",
            "Delete it or use one of: {2}."),
    MISSING_FIELD("Thiếu trường bắt buộc '{0}' tại {1}.",
            "Thêm '{0}: ...' (xem {2} và docs/content-format.md).",
            "The required field '{0}' is missing at {1}.",
            "Add '{0}: ...' (see {2} and docs/content-format.md)."),
    WRONG_TYPE_NUMBER("WRONG_TYPE", "Giá trị tại {0} sai kiểu: cần {1}.",
            "Ghi số như 6322 hoặc 89.64 (không dùng 6.322 hay 89,64%).",
            "The value at {0} has the wrong type: {1} expected.",
            "Write numbers like 6322 or 89.64 (not 6.322 or 89,64%)."),
    WRONG_TYPE_STRING("WRONG_TYPE", "Giá trị tại {0} sai kiểu: cần {1}.",
            "Đặt giá trị trong dấu nháy kép, ví dụ \"2022\".",
            "The value at {0} has the wrong type: {1} expected.",
            "Put the value in double quotes, for example \"2022\"."),
    WRONG_TYPE_LIST("WRONG_TYPE", "Giá trị tại {0} sai kiểu: cần {1}.",
            "Viết mỗi phần tử trên một dòng bắt đầu bằng '- ', hoặc [a, b].",
            "The value at {0} has the wrong type: {1} expected.",
            "Write each item on a line starting with '- ', or [a, b]."),
    WRONG_TYPE("Giá trị tại {0} sai kiểu: cần {1}.",
            "Xem ví dụ trong docs/content-format.md.",
            "The value at {0} has the wrong type: {1} expected.",
            "See the examples in docs/content-format.md."),
    NOT_ALLOWED("Giá trị tại {0} không nằm trong danh sách cho phép.",
            "Dùng một trong: {1}.",
            "The value at {0} is not one of the allowed values.",
            "Use one of: {1}."),
    BAD_FORMAT_DATE("BAD_FORMAT", "Giá trị tại {0} sai định dạng.",
            "Ghi ngày theo dạng YYYY-MM-DD, ví dụ \"2022-06-24\".",
            "The value at {0} is badly formed.",
            "Write dates as YYYY-MM-DD, for example \"2022-06-24\"."),
    BAD_FORMAT_PERIOD("BAD_FORMAT", "Giá trị tại {0} sai định dạng.",
            "Ghi kỳ như \"2022\", \"2022-h1\", \"2022-q3\" (đặt trong nháy kép).",
            "The value at {0} is badly formed.",
            "Write periods like \"2022\", \"2022-h1\", \"2022-q3\" (in double quotes)."),
    BAD_FORMAT_IMAGE("BAD_FORMAT", "Giá trị tại {0} sai định dạng.",
            "Dùng tệp ảnh .png, .jpg, .gif, .webp hoặc .svg.",
            "The value at {0} is badly formed.",
            "Use a .png, .jpg, .gif, .webp or .svg image file."),
    BAD_FORMAT_SLUG("BAD_FORMAT", "Giá trị tại {0} sai định dạng.",
            "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ lam-thao.",
            "The value at {0} is badly formed.",
            "An id has only lower-case letters without diacritics, digits and hyphens, for example lam-thao."),
    BAD_FORMAT("Giá trị tại {0} sai định dạng.",
            "Giá trị phải khớp mẫu {1}.",
            "The value at {0} is badly formed.",
            "The value must match the pattern {1}."),
    EMPTY_VALUE("Giá trị tại {0} không được để trống.",
            "Điền nội dung hoặc xoá trường.",
            "The value at {0} must not be empty.",
            "Fill it in or delete the field."),
    DUPLICATE_ITEM("Danh sách {0} có phần tử lặp lại.",
            "Xoá phần tử trùng.",
            "The list {0} has a repeated item.",
            "Delete the repeated item."),
    EMPTY_LIST("Danh sách {0} không được rỗng.",
            "Thêm ít nhất một phần tử.",
            "The list {0} must not be empty.",
            "Add at least one item."),
    OUT_OF_RANGE("Giá trị tại {0} ngoài khoảng cho phép: {1}",
            "Sửa giá trị cho nằm trong khoảng (xem mô tả trường trong schemas/).",
            "The value at {0} is out of range: {1}",
            "Change the value to lie within the range (see the field's description in schemas/)."),
    SCHEMA("Nội dung không khớp lược đồ: {0}",
            "Xem {1}.",
            "The content does not match the schema: {0}",
            "See {1}."),
    BAD_DATE("Ngày '{0}' không tồn tại.",
            "Kiểm tra lại ngày và tháng (dạng YYYY-MM-DD).",
            "The date '{0}' does not exist.",
            "Check the day and the month (YYYY-MM-DD)."),

    // --- references between files ---
    DUPLICATE_INDICATOR_ID("DUPLICATE_ID", "Mã chỉ tiêu '{0}' đã dùng ở dòng {1}.",
            "Đổi mã này thành một mã chưa dùng, hoặc gộp hai chỉ tiêu làm một.",
            "The indicator id '{0}' is already used on line {1}.",
            "Change it to an unused id, or merge the two indicators into one."),
    DUPLICATE_DOCUMENT_ID("DUPLICATE_ID", "Mã văn bản '{0}' đã dùng ở dòng {1}.",
            "Đặt mã khác, ví dụ thêm năm ban hành: {0}-2.",
            "The document id '{0}' is already used on line {1}.",
            "Choose another id, for example by adding the year: {0}-2."),
    DUPLICATE_RULE_ID("DUPLICATE_ID", "Mã quy tắc '{0}' đã dùng ở dòng {1}.",
            "Đặt mã khác cho một trong hai quy tắc.",
            "The rule id '{0}' is already used on line {1}.",
            "Give one of the two rules another id."),
    PARENT_LEVEL("Đơn vị cấp trên '{0}' ({1}) không ở cấp cao hơn đơn vị này ({2}).",
            "Kiểm tra lại 'level' của hai đơn vị hoặc mã 'parent'.",
            "The parent unit '{0}' ({1}) is not at a higher level than this unit ({2}).",
            "Check the 'level' of both units, or the 'parent' slug."),
    SUCCESSOR_WITHOUT_END("Đơn vị có đơn vị kế thừa nhưng không ghi ngày kết thúc hoạt động.",
            "Thêm 'ended: \"YYYY-MM-DD\"'.",
            "The unit has successors but no end date.",
            "Add 'ended: \"YYYY-MM-DD\"'."),
    UNKNOWN_UNIT("Không có đơn vị '{0}' ({1}).",
            "Có phải ý bạn là '{2}'?",
            "There is no unit '{0}' ({1}).",
            "Did you mean '{2}'?"),
    UNKNOWN_UNIT_CREATE("UNKNOWN_UNIT", "Không có đơn vị '{0}' ({1}).",
            "Tạo thư mục content/units/{0}/ với unit.yaml, hoặc sửa mã.",
            "There is no unit '{0}' ({1}).",
            "Create the folder content/units/{0}/ with a unit.yaml, or correct the slug."),
    UNKNOWN_INDICATOR("Không có chỉ tiêu '{0}' trong indicators.yaml.",
            "Có phải ý bạn là '{1}'?",
            "There is no indicator '{0}' in indicators.yaml.",
            "Did you mean '{1}'?"),
    UNKNOWN_INDICATOR_ADD("UNKNOWN_INDICATOR", "Không có chỉ tiêu '{0}' trong indicators.yaml.",
            "Thêm chỉ tiêu vào indicators.yaml hoặc sửa mã.",
            "There is no indicator '{0}' in indicators.yaml.",
            "Add the indicator to indicators.yaml, or correct the id."),
    DUPLICATE_OBSERVATION("Chỉ tiêu '{0}' được ghi hai lần trong kỳ này.",
            "Gộp hai mục làm một, hoặc ghi 'scope' để phân biệt phạm vi.",
            "The indicator '{0}' is recorded twice in this period.",
            "Merge the two entries, or tell them apart with 'scope'."),
    DUPLICATE_OBSERVATION_SCOPE("DUPLICATE_OBSERVATION", "Chỉ tiêu '{0}' (phạm vi {1}) được ghi hai lần trong kỳ này.",
            "Gộp hai mục làm một, hoặc ghi 'scope' khác để phân biệt phạm vi.",
            "The indicator '{0}' (scope {1}) is recorded twice in this period.",
            "Merge the two entries, or tell them apart with a different 'scope'."),
    RATIO_FIELDS_ON_NON_RATIO("Chỉ tiêu '{0}' là loại {1} nhưng có tử số/mẫu số.",
            "Ghi số liệu vào 'value'.",
            "The indicator '{0}' is of kind {1} but has a numerator/denominator.",
            "Put the figure in 'value'."),
    RATIO_HALF("Chỉ có tử số hoặc chỉ có mẫu số; không tính được tỷ lệ.",
            "Ghi cả 'numerator' và 'denominator', hoặc chỉ ghi 'stated.percent' nếu báo cáo chỉ nêu tỷ lệ.",
            "Only a numerator or only a denominator: the ratio cannot be computed.",
            "Give both 'numerator' and 'denominator', or only 'stated.percent' when the report gives just the share."),
    UNKNOWN_PERIOD("Đơn vị không có kỳ báo cáo '{0}'.",
            "Sửa kỳ hoặc thêm tệp periods/{0}.yaml.",
            "The unit has no reporting period '{0}'.",
            "Correct the period or add periods/{0}.yaml."),
    PATH_OUTSIDE_CONTENT("PATH_OUTSIDE", "Đường dẫn tệp '{0}' trỏ ra ngoài thư mục nội dung.",
            "Đặt tệp trong thư mục content/ (ví dụ files/ten-tep.pdf) và ghi đường dẫn tương đối.",
            "The file path '{0}' points outside the content folder.",
            "Put the file inside content/ (for example files/ten-tep.pdf) and give a relative path."),
    PATH_OUTSIDE_UNIT("PATH_OUTSIDE", "Đường dẫn tệp '{0}' trỏ ra ngoài thư mục của đơn vị.",
            "Đặt tệp trong thư mục của đơn vị (ví dụ files/ten-tep.pdf) và ghi đường dẫn tương đối.",
            "The file path '{0}' points outside the unit's folder.",
            "Put the file inside the unit's folder (for example files/ten-tep.pdf) and give a relative path."),
    FILE_NOT_FOUND("Không tìm thấy tệp '{0}'.",
            "Đặt tệp vào {1} hoặc sửa đường dẫn.",
            "File '{0}' not found.",
            "Put the file at {1} or correct the path."),
    // --- a report's own figures ---
    NUMERATOR_EXCEEDS_DENOMINATOR("Tử số {0} lớn hơn mẫu số {1} của một tỷ lệ.",
            "Đối chiếu lại với báo cáo; nếu báo cáo ghi như vậy, giữ nguyên để cổng hiển thị đúng văn bản.",
            "The numerator {0} is greater than the denominator {1} of a ratio.",
            "Check against the report; if it says so, keep it so the portal shows the report as written."),
    STATED_PERCENT_MISMATCH("Báo cáo nêu {0} nhưng {1}/{2} = {3}.",
            "Giữ nguyên số liệu như báo cáo; cổng ghi nhận chênh lệch trên trang chất lượng dữ liệu.",
            "The report states {0} but {1}/{2} = {3}.",
            "Keep the figures as the report gives them; the portal lists the difference on its data-quality page."),
    STATED_PERCENT_OF_TARGET("STATED_PERCENT_MISMATCH", "Báo cáo nêu đạt {0} chỉ tiêu nhưng {1}/{2} = {3}.",
            "Giữ nguyên số liệu như báo cáo; cổng ghi nhận chênh lệch trên trang chất lượng dữ liệu.",
            "The report states {0} of the target reached but {1}/{2} = {3}.",
            "Keep the figures as the report gives them; the portal lists the difference on its data-quality page."),
    STATED_ONLINE_PERCENT("STATED_PERCENT_MISMATCH", "Báo cáo nêu tỷ lệ trực tuyến {0} nhưng {1}/{2} = {3}.",
            "Giữ nguyên số liệu như báo cáo.",
            "The report states an online share of {0} but {1}/{2} = {3}.",
            "Keep the figures as the report gives them."),
    STATED_STATUS_MISMATCH("Báo cáo đánh giá '{0}' nhưng số liệu cho thấy '{1}'.",
            "Kiểm tra chỉ tiêu (target) và số liệu; nếu báo cáo ghi như vậy, giữ nguyên.",
            "The report rates it '{0}' but the figures show '{1}'.",
            "Check the target and the figures; if the report says so, keep it."),
    STATED_DIFFERENCE_MISMATCH("Báo cáo nêu chênh lệch {0} điểm % so với chỉ tiêu, số liệu cho {1}.",
            "Giữ nguyên số liệu như báo cáo.",
            "The report states a difference of {0} percentage points from the target; the figures give {1}.",
            "Keep the figures as the report gives them."),
    PARTS_SUM_MISMATCH("Các phần cộng lại được {0}, khác {1} báo cáo nêu là {2} (chênh {3}).",
            "Đối chiếu từng phần với báo cáo; nếu báo cáo ghi như vậy, giữ nguyên.",
            "The parts add up to {0}, not the {1} of {2} the report states (a difference of {3}).",
            "Check each part against the report; if it says so, keep it."),
    PARENT_SUM_MISMATCH("{0} nêu {1} nhưng riêng các đơn vị trực thuộc trên cổng đã cộng được {2}.",
            "Đối chiếu số liệu của đơn vị cấp trên với các đơn vị trực thuộc.",
            "{0} states {1} but its subordinate units on the portal alone add up to {2}.",
            "Compare the parent unit's figure with its subordinate units' figures."),

    // --- rule sets, templates, build ---
    UNKNOWN_RULE_SET("Không có bộ quy tắc '{0}'.",
            "Có phải ý bạn là '{1}'?",
            "There is no rule set '{0}'.",
            "Did you mean '{1}'?"),
    UNKNOWN_RULE_SET_LIST("UNKNOWN_RULE_SET", "Không có bộ quy tắc '{0}'.",
            "Dùng một trong: {1}, hoặc tạo {2}/rules/{0}.yaml (docs/compliance-rules.md).",
            "There is no rule set '{0}'.",
            "Use one of: {1}, or create {2}/rules/{0}.yaml (docs/compliance-rules.md)."),
    TEMPLATE_SYNTAX("Lỗi cú pháp mẫu giao diện: {0}",
            "Sửa mẫu (Freemarker) tại vị trí trên.",
            "Syntax error in a theme template: {0}",
            "Fix the (Freemarker) template at the position above."),
    TEMPLATE_ERROR("Lỗi khi dựng trang bằng mẫu giao diện: {0}{1}",
            "Sửa mẫu (Freemarker) tại vị trí trên.",
            "Error while rendering a page with a theme template: {0}{1}",
            "Fix the (Freemarker) template at the position above."),
    TEMPLATE_MISSING("Không tìm thấy mẫu giao diện '{0}'.",
            "Kiểm tra --theme; giao diện mặc định ở themes/default.",
            "Theme template '{0}' not found.",
            "Check --theme; the default theme is themes/default."),
    TEMPLATE_READ("Không đọc được mẫu: {0}",
            "Kiểm tra tệp mẫu còn tồn tại và có quyền đọc.",
            "Cannot read the template: {0}",
            "Check that the template file exists and can be read."),
    BASE_URL("Địa chỉ gốc '{0}' không phải là địa chỉ web tuyệt đối.",
            "Ghi đầy đủ, ví dụ https://cds.example.gov.vn/ hoặc https://example.github.io/cong-thong-tin/.",
            "The base URL '{0}' is not an absolute web address.",
            "Write it in full, for example https://cds.example.gov.vn/ or https://example.github.io/cong-thong-tin/."),
    WRITE("Không ghi được trang: {0}",
            "Kiểm tra quyền ghi và dung lượng đĩa.",
            "Cannot write the pages: {0}",
            "Check write permissions and free disk space."),

    // --- dxportal new ---
    NEW_EXISTS("Tệp đã có, không ghi đè: {0}",
            "Chọn tên khác (--slug), hoặc sửa trực tiếp tệp đang có.",
            "The file already exists and is not overwritten: {0}",
            "Choose another name (--slug), or edit the existing file."),
    NEW_NO_UNIT("Không có đơn vị '{0}' trong {1}.",
            "Tạo đơn vị trước: dxportal new unit \"Tên đơn vị\" --level district, hoặc sửa mã --unit.",
            "There is no unit '{0}' in {1}.",
            "Create the unit first: dxportal new unit \"Unit name\" --level district, or correct --unit."),
    NEW_BAD_NAME("Không tạo được mã (slug) từ '{0}'.",
            "Đặt tên có chữ cái hoặc chữ số, hoặc chỉ rõ mã bằng --slug.",
            "No slug can be made from '{0}'.",
            "Give a name with letters or digits, or set the slug with --slug."),
    NEW_BAD_PERIOD("'{0}' không phải là kỳ báo cáo hợp lệ.",
            "Dùng 2022 (năm), 2022-h1, 2022-h2 (6 tháng), 2022-q1…2022-q4 (quý) hoặc 2022-9m.",
            "'{0}' is not a valid reporting period.",
            "Use 2022 (year), 2022-h1, 2022-h2 (half year), 2022-q1…2022-q4 (quarter) or 2022-9m."),
    NEW_BAD_DATE("Ngày '{0}' không hợp lệ.",
            "Ghi ngày theo dạng YYYY-MM-DD, ví dụ 2024-06-30.",
            "The date '{0}' is not valid.",
            "Write the date as YYYY-MM-DD, for example 2024-06-30."),
    NEW_CANNOT_APPEND("Không thêm được văn bản vào cuối {0} mà vẫn giữ nguyên nội dung đang có.",
            "Để 'documents:' là danh sách các dòng '  - id: ...' và là trường cuối cùng của tệp, hoặc thêm văn bản bằng tay.",
            "Cannot add the document at the end of {0} while keeping what is there.",
            "Keep 'documents:' a block list of '  - id: ...' lines and the last key of the file, or add the document by hand.");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final String code;
    private final String vi;
    private final String viHint;
    private final String en;
    private final String enHint;

    Msg(String vi, String viHint, String en, String enHint) { this(null, vi, viHint, en, enHint); }

    Msg(String code, String vi, String viHint, String en, String enHint) {
        this.code = code;
        this.vi = vi;
        this.viHint = viHint;
        this.en = en;
        this.enHint = enHint;
    }

    /** The code printed in brackets and documented in docs/diagnostics.md; stable across releases. */
    public String code() { return code != null ? code : name(); }

    public String template(Lang lang) { return lang == Lang.EN ? en : vi; }

    public String hintTemplate(Lang lang) { return lang == Lang.EN ? enHint : viHint; }

    public String message(Lang lang, Object... args) { return fill(template(lang), lang, args); }

    public String hint(Lang lang, Object... args) { return fill(hintTemplate(lang), lang, args); }

    /** Replaces {n} with the n-th argument, worded in {@code lang} when the argument is a {@link Text}. */
    static String fill(String template, Lang lang, Object... args) {
        if (template == null) return null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            Object arg = i < args.length ? args[i] : null;
            String shown = arg instanceof Text t ? t.in(lang) : String.valueOf(arg);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
