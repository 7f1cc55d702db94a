package vn.dxportal.validate;

import vn.dxportal.content.RawContent;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Text;
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
import java.util.ArrayList;
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
    /** Keeps each period's observation findings between runs (the live preview); null to check every period. */
    private final Validator.UnitCache memo;

    ReferenceChecker(RawContent raw, Portal portal, Diagnostics out, Validator.UnitCache memo) {
        this.raw = raw;
        this.portal = portal;
        this.out = out;
        this.memo = memo;
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
            // A national portal has 2,772 periods and 110,000 observations: the preview re-checks only changed ones.
            for (Period p : unit.periods()) {
                out.addAll(memo == null ? observations(p) : memo.periodFindings(p, portal.indicators(), () -> observations(p)));
            }
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
                out.add(Diagnostic.error(Msg.DUPLICATE_INDICATOR_ID, raw.indicators().at("/indicators/" + i + "/id"), list.get(i).id(), firstAt.line()));
            }
        }
    }

    private void unitReferences(RawContent.RawUnit ru, Unit unit) {
        YamlDocument doc = ru.unit();
        String parent = unit.info().parent();
        if (parent != null) {
            Unit p = units.get(parent);
            if (p == null) {
                out.add(unknownUnit(doc, "/parent", parent, Text.of("đơn vị cấp trên", "parent unit")));
            } else if (!isAbove(p.info().level(), unit.info().level())) {
                out.add(Diagnostic.error(Msg.PARENT_LEVEL, doc.at("/parent"), parent, level(p.info().level()), level(unit.info().level())));
            }
        }
        List<String> successors = unit.info().successors();
        for (int i = 0; i < successors.size(); i++) {
            if (!units.containsKey(successors.get(i))) out.add(unknownUnit(doc, "/successors/" + i, successors.get(i), Text.of("đơn vị kế thừa", "successor unit")));
        }
        if (!successors.isEmpty() && unit.info().ended() == null) {
            out.add(Diagnostic.error(Msg.SUCCESSOR_WITHOUT_END, doc.at("/successors")));
        }
    }

    private static Text level(Level l) { return Text.of(l.nameVi(), l.nameEn()); }

    private static boolean isAbove(Level parent, Level child) { return parent.ordinal() < child.ordinal(); }

    private Diagnostic unknownUnit(YamlDocument doc, String pointer, String slug, Text role) {
        String guess = Suggestions.closest(slug, units.keySet());
        return guess != null ? Diagnostic.error(Msg.UNKNOWN_UNIT, doc.at(pointer), slug, role, guess)
                : Diagnostic.error(Msg.UNKNOWN_UNIT_CREATE, doc.at(pointer), slug, role);
    }

    /** What is wrong with a period's observations against the catalogue; it reads nothing else. */
    private List<Diagnostic> observations(Period period) {
        YamlDocument doc = period.source();
        List<Diagnostic> out = new ArrayList<>();
        // Unscoped observations by indicator id alone: a national portal has 110,000, and a key string made for each
        // was most of this check's time.
        Set<String> seen = new HashSet<>();
        Set<String> seenScoped = new HashSet<>();
        List<Observation> obs = period.data().indicators();
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            Indicator ind = indicators.get(o.indicator());
            boolean ratio = ind != null && ind.kind() == Kind.RATIO;
            boolean unscoped = o.scope() == null || o.scope().isEmpty(); // an empty scope is no scope, as it always was
            boolean repeated = ind != null && !(unscoped ? seen.add(o.indicator()) : seenScoped.add(o.indicator() + "|" + o.scope()));
            boolean ratioFields = o.numerator() != null || o.denominator() != null;
            boolean half = (o.numerator() == null) != (o.denominator() == null);
            if (ind != null && !repeated && (ratio ? !half : !ratioFields)) continue; // nothing to say: no pointer made
            String at = "/indicators/" + i;
            if (ind == null) {
                String guess = Suggestions.closest(o.indicator(), indicators.keySet());
                out.add(guess != null ? Diagnostic.error(Msg.UNKNOWN_INDICATOR, doc.at(at + "/indicator"), o.indicator(), guess)
                        : Diagnostic.error(Msg.UNKNOWN_INDICATOR_ADD, doc.at(at + "/indicator"), o.indicator()));
                continue;
            }
            if (repeated) {
                out.add(o.scope() == null ? Diagnostic.error(Msg.DUPLICATE_OBSERVATION, doc.at(at + "/indicator"), o.indicator())
                        : Diagnostic.error(Msg.DUPLICATE_OBSERVATION_SCOPE, doc.at(at + "/indicator"), o.indicator(), o.scope()));
            }
            if (ind.kind() != Kind.RATIO && (o.numerator() != null || o.denominator() != null)) {
                out.add(Diagnostic.warning(Msg.RATIO_FIELDS_ON_NON_RATIO, doc.at(at), ind.id(), ind.kind().key()));
            }
            if (ind.kind() == Kind.RATIO && (o.numerator() == null) != (o.denominator() == null)) {
                out.add(Diagnostic.warning(Msg.RATIO_HALF, doc.at(at)));
            }
        }
        return out;
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
                out.add(Diagnostic.error(Msg.DUPLICATE_DOCUMENT_ID, ru.documents().at(at + "/id"), d.id(), ru.documents().at("/documents/" + first + "/id").line()));
            }
            for (int k = 0; k < d.citedIn().size(); k++) {
                if (!periods.contains(d.citedIn().get(k))) {
                    out.add(Diagnostic.warning(Msg.UNKNOWN_PERIOD, ru.documents().at(at + "/cited_in/" + k), d.citedIn().get(k)));
                }
            }
            if (d.file() != null) fileInside(ru.dir(), ru.slug() + "/", ru.documents(), at + "/file", d.file());
        }
    }

    /**
     * A referenced file must exist inside {@code base} (the unit's folder, or the content folder for site.yaml) and not
     * escape it through "..", an absolute path or a symlink. {@code shownBase} is how the hint names that folder.
     */
    private Path realRoot;

    /** The content folder with links resolved, found once per check. */
    private Path realRoot() throws java.io.IOException {
        if (realRoot == null) realRoot = raw.root().toRealPath();
        return realRoot;
    }

    private void fileInside(Path base, String shownBase, YamlDocument doc, String pointer, String ref) {
        Path dir = base.toAbsolutePath().normalize();
        Path target = dir.resolve(ref).normalize();
        boolean escapes = ref.startsWith("/") || ref.contains("\\") || !target.startsWith(dir);
        try {
            if (!escapes && Files.exists(target) && !target.toRealPath().startsWith(realRoot())) escapes = true;
        } catch (java.io.IOException e) {
            escapes = true;
        }
        if (escapes) {
            out.add(Diagnostic.error(shownBase.isEmpty() ? Msg.PATH_OUTSIDE_CONTENT : Msg.PATH_OUTSIDE_UNIT, doc.at(pointer), ref));
        } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            out.add(Diagnostic.error(Msg.FILE_NOT_FOUND, doc.at(pointer), ref, shownBase + ref));
        }
    }
}
