package vn.dxportal.validate;

import vn.dxportal.content.RawContent;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Kind;
import vn.dxportal.model.Level;
import vn.dxportal.model.Observation;
import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what no single-file schema can: ids unique, references resolve, files exist and stay inside content. */
final class ReferenceChecker {
    private final RawContent raw;
    private final Portal portal;
    private final Diagnostics out;
    private final Map<String, Indicator> indicators;
    private final Map<String, Unit> units;

    ReferenceChecker(RawContent raw, Portal portal, Diagnostics out) {
        this.raw = raw;
        this.portal = portal;
        this.out = out;
        this.indicators = portal.indicatorsById();
        this.units = portal.unitsBySlug();
    }

    void run() {
        duplicateIndicators();
        if (portal.site().emblem() != null) {
            fileInside(raw.root(), "", raw.site(), "/emblem/src", portal.site().emblem().src());
        }
        for (RawContent.RawUnit ru : raw.units()) {
            Unit unit = units.get(ru.slug());
            unitReferences(ru, unit);
            if (unit.info().structureChart() != null) {
                fileInside(ru.dir(), ru.slug() + "/", ru.unit(), "/structure_chart/src", unit.info().structureChart().src());
            }
            for (Period p : unit.periods()) observations(p);
            documents(ru, unit);
            for (vn.dxportal.content.MarkdownFile post : ru.news()) {
                // A post's image is relative to the post's folder (news/), and must be there like any referenced file.
                var src = post.frontMatter().root().path("image").path("src");
                if (src.isTextual()) fileInside(ru.dir(), ru.slug() + "/", post.frontMatter(), "/image/src", "news/" + src.asText());
            }
        }
    }

    private void duplicateIndicators() {
        Map<String, Integer> seen = new HashMap<>();
        List<Indicator> list = portal.indicators();
        for (int i = 0; i < list.size(); i++) {
            Integer first = seen.putIfAbsent(list.get(i).id(), i);
            if (first != null) {
                SourcePosition firstAt = raw.indicators().at("/indicators/" + first + "/id");
                out.add(Diagnostic.error("DUPLICATE_ID", raw.indicators().at("/indicators/" + i + "/id"),
                        "Mã chỉ tiêu '" + list.get(i).id() + "' đã dùng ở dòng " + firstAt.line() + ".",
                        "Đổi mã này thành một mã chưa dùng, hoặc gộp hai chỉ tiêu làm một."));
            }
        }
    }

    private void unitReferences(RawContent.RawUnit ru, Unit unit) {
        YamlDocument doc = ru.unit();
        String parent = unit.info().parent();
        if (parent != null) {
            Unit p = units.get(parent);
            if (p == null) {
                out.add(unknownUnit(doc, "/parent", parent, "đơn vị cấp trên"));
            } else if (!isAbove(p.info().level(), unit.info().level())) {
                out.add(Diagnostic.error("PARENT_LEVEL", doc.at("/parent"),
                        "Đơn vị cấp trên '" + parent + "' (" + p.info().level().nameVi() + ") không ở cấp cao hơn đơn vị này ("
                                + unit.info().level().nameVi() + ").", "Kiểm tra lại 'level' của hai đơn vị hoặc mã 'parent'."));
            }
        }
        List<String> successors = unit.info().successors();
        for (int i = 0; i < successors.size(); i++) {
            if (!units.containsKey(successors.get(i))) out.add(unknownUnit(doc, "/successors/" + i, successors.get(i), "đơn vị kế thừa"));
        }
        if (!successors.isEmpty() && unit.info().ended() == null) {
            out.add(Diagnostic.error("SUCCESSOR_WITHOUT_END", doc.at("/successors"),
                    "Đơn vị có đơn vị kế thừa nhưng không ghi ngày kết thúc hoạt động.", "Thêm 'ended: \"YYYY-MM-DD\"'."));
        }
    }

    private static boolean isAbove(Level parent, Level child) { return parent.ordinal() < child.ordinal(); }

    private Diagnostic unknownUnit(YamlDocument doc, String pointer, String slug, String role) {
        String guess = Suggestions.closest(slug, units.keySet());
        return Diagnostic.error("UNKNOWN_UNIT", doc.at(pointer), "Không có đơn vị '" + slug + "' (" + role + ").",
                guess != null ? "Có phải ý bạn là '" + guess + "'?" : "Tạo thư mục content/units/" + slug + "/ với unit.yaml, hoặc sửa mã.");
    }

    private void observations(Period period) {
        YamlDocument doc = period.source();
        Set<String> seen = new HashSet<>();
        List<Observation> obs = period.data().indicators();
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            String at = "/indicators/" + i;
            Indicator ind = indicators.get(o.indicator());
            if (ind == null) {
                String guess = Suggestions.closest(o.indicator(), indicators.keySet());
                out.add(Diagnostic.error("UNKNOWN_INDICATOR", doc.at(at + "/indicator"), "Không có chỉ tiêu '" + o.indicator() + "' trong indicators.yaml.",
                        guess != null ? "Có phải ý bạn là '" + guess + "'?" : "Thêm chỉ tiêu vào indicators.yaml hoặc sửa mã."));
                continue;
            }
            String key = o.indicator() + "|" + (o.scope() == null ? "" : o.scope());
            if (!seen.add(key)) {
                out.add(Diagnostic.error("DUPLICATE_OBSERVATION", doc.at(at + "/indicator"),
                        "Chỉ tiêu '" + o.indicator() + "'" + (o.scope() == null ? "" : " (phạm vi " + o.scope() + ")") + " được ghi hai lần trong kỳ này.",
                        "Gộp hai mục làm một, hoặc ghi 'scope' để phân biệt phạm vi."));
            }
            if (ind.kind() != Kind.RATIO && (o.numerator() != null || o.denominator() != null)) {
                out.add(Diagnostic.warning("RATIO_FIELDS_ON_NON_RATIO", doc.at(at),
                        "Chỉ tiêu '" + ind.id() + "' là loại " + ind.kind().key() + " nhưng có tử số/mẫu số.", "Ghi số liệu vào 'value'."));
            }
            if (ind.kind() == Kind.RATIO && (o.numerator() == null) != (o.denominator() == null)) {
                out.add(Diagnostic.warning("RATIO_HALF", doc.at(at), "Chỉ có tử số hoặc chỉ có mẫu số; không tính được tỷ lệ.",
                        "Ghi cả 'numerator' và 'denominator', hoặc chỉ ghi 'stated.percent' nếu báo cáo chỉ nêu tỷ lệ."));
            }
        }
    }

    private void documents(RawContent.RawUnit ru, Unit unit) {
        if (ru.documents() == null) return;
        Map<String, Integer> seen = new HashMap<>();
        Set<String> periods = new HashSet<>();
        unit.periods().forEach(p -> periods.add(p.id()));
        List<DocumentItem> docs = unit.documents();
        for (int i = 0; i < docs.size(); i++) {
            DocumentItem d = docs.get(i);
            String at = "/documents/" + i;
            Integer first = seen.putIfAbsent(d.id(), i);
            if (first != null) {
                out.add(Diagnostic.error("DUPLICATE_ID", ru.documents().at(at + "/id"),
                        "Mã văn bản '" + d.id() + "' đã dùng ở dòng " + ru.documents().at("/documents/" + first + "/id").line() + ".",
                        "Đặt mã khác, ví dụ thêm năm ban hành: " + d.id() + "-2."));
            }
            for (int k = 0; k < d.citedIn().size(); k++) {
                if (!periods.contains(d.citedIn().get(k))) {
                    out.add(Diagnostic.warning("UNKNOWN_PERIOD", ru.documents().at(at + "/cited_in/" + k),
                            "Đơn vị không có kỳ báo cáo '" + d.citedIn().get(k) + "'.", "Sửa kỳ hoặc thêm tệp periods/" + d.citedIn().get(k) + ".yaml."));
                }
            }
            if (d.file() != null) fileInside(ru.dir(), ru.slug() + "/", ru.documents(), at + "/file", d.file());
        }
    }

    /**
     * A referenced file must exist inside {@code base} (the unit's folder, or the content folder for site.yaml) and not
     * escape it through "..", an absolute path or a symlink. {@code shownBase} is how the hint names that folder.
     */
    private void fileInside(Path base, String shownBase, YamlDocument doc, String pointer, String ref) {
        Path dir = base.toAbsolutePath().normalize();
        Path target = dir.resolve(ref).normalize();
        boolean escapes = ref.startsWith("/") || ref.contains("\\") || !target.startsWith(dir);
        try {
            if (!escapes && Files.exists(target) && !target.toRealPath().startsWith(raw.root().toRealPath())) escapes = true;
        } catch (java.io.IOException e) {
            escapes = true;
        }
        if (escapes) {
            out.add(Diagnostic.error("PATH_OUTSIDE", doc.at(pointer), "Đường dẫn tệp '" + ref + "' trỏ ra ngoài thư mục "
                            + (shownBase.isEmpty() ? "nội dung." : "của đơn vị."),
                    "Đặt tệp trong thư mục " + (shownBase.isEmpty() ? "content/" : "của đơn vị") + " (ví dụ files/ten-tep.pdf) và ghi đường dẫn tương đối."));
        } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            out.add(Diagnostic.error("FILE_NOT_FOUND", doc.at(pointer), "Không tìm thấy tệp '" + ref + "'.",
                    "Đặt tệp vào " + shownBase + ref + " hoặc sửa đường dẫn."));
        }
    }
}
