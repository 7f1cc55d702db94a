package vn.dxportal.site;

import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.Unit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The document library: for the whole portal and for each unit, a paginated list of documents and pre-built
 * lists by type (hình thức), issuing body and year, so every filter works without JavaScript; and one page per
 * document showing every field Decree 42/2022/NĐ-CP asks for, with its file.
 */
final class DocumentPages implements PageSet {
    static final String BY_FORM = "theo-loai", BY_ISSUER = "theo-co-quan", BY_YEAR = "theo-nam";
    /** Issuers listed on a list page; a library with more gets a page of all its issuers (a national portal has hundreds). */
    static final int ISSUERS_SHOWN = 12;

    /** One value of a filter (a type, an issuer, a year) with its documents and its list's path. */
    public record Facet(String slug, String label, String path, List<DocEntry> docs) {
        public int count() { return docs.size(); }
    }

    @Override
    public void plan(PlanContext plan) {
        List<DocEntry> all = new ArrayList<>();
        for (Unit u : plan.portal().units()) for (DocumentItem d : u.documents()) all.add(new DocEntry(u, d));
        all.sort(DocEntry.NEWEST_FIRST);
        library(plan, Urls.documentsPath(), null, all, Set.of("*"));
        Map<String, List<DocEntry>> byUnit = new LinkedHashMap<>();
        for (DocEntry e : all) byUnit.computeIfAbsent(e.unit().slug(), k -> new ArrayList<>()).add(e);
        for (Unit u : plan.portal().units()) {
            if (u.documents().isEmpty()) continue;
            List<DocEntry> docs = byUnit.get(u.slug());
            Set<String> deps = Set.of("units/" + u.slug() + "/documents.yaml");
            Set<String> published = new HashSet<>(); // several documents may share one file: publish it once
            library(plan, Urls.unitDocumentsPath(u.slug()), u, docs, deps);
            for (DocEntry e : docs) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("entry", e);
                model.put("unit", u);
                model.put("doc", e.doc());
                if (e.doc().file() != null) {
                    // The document's own file is published as it is (validation checked it lies inside the unit folder).
                    String filePath = Urls.documentFilePath(u.slug(), e.doc().file());
                    model.put("filePath", filePath);
                    Path root = plan.portal().root();
                    if (root != null && published.add(filePath)) {
                        String source = "units/" + u.slug() + "/" + e.doc().file();
                        ContentFilePages.copy(plan, filePath, root.resolve(source), Set.of("units/" + u.slug() + "/documents.yaml", source));
                    }
                }
                plan.add(Urls.documentPath(u.slug(), e.doc().id()), "document.ftlh", e.doc().number() + " – " + e.doc().title(), deps, model);
            }
        }
    }

    /** A scope's lists: all its documents, then one list per type, issuer and year. */
    private static void library(PlanContext plan, String path, Unit unit, List<DocEntry> docs, Set<String> deps) {
        String dir = path.substring(0, path.length() - "index.html".length());
        List<Facet> forms = facets(docs, DocEntry::formSlug, e -> e.doc().form(), dir + BY_FORM + "/");
        List<Facet> issuers = facets(docs, DocEntry::issuerSlug, e -> e.doc().issuer(), dir + BY_ISSUER + "/");
        List<Facet> years = facets(docs, DocEntry::year, DocEntry::year, dir + BY_YEAR + "/");
        years.sort(Comparator.comparing(Facet::slug).reversed());
        Map<String, Object> scope = new LinkedHashMap<>();
        if (unit != null) scope.put("unit", unit);
        scope.put("scopePath", path);
        scope.put("forms", forms);
        scope.put("issuers", issuers);
        scope.put("years", years);
        scope.put("issuersPath", dir + BY_ISSUER + "/index.html");
        scope.put("issuersShown", ISSUERS_SHOWN);
        String title = unit == null ? "Văn bản chỉ đạo, điều hành" : "Văn bản – " + unit.info().name();
        lists(plan, path, title, docs, scope, null, null, deps);
        for (Facet f : forms) lists(plan, f.path(), title + " – " + f.label(), f.docs(), scope, "form", f, deps);
        for (Facet f : issuers) lists(plan, f.path(), title + " – " + f.label(), f.docs(), scope, "issuer", f, deps);
        for (Facet f : years) lists(plan, f.path(), title + " – " + f.label(), f.docs(), scope, "year", f, deps);
        if (issuers.size() > ISSUERS_SHOWN) {
            Map<String, Object> index = new LinkedHashMap<>(scope);
            index.put("facetKind", "issuer");
            plan.add(dir + BY_ISSUER + "/index.html", "document-issuers.ftlh", title + " – cơ quan ban hành", deps, index);
        }
    }

    private static void lists(PlanContext plan, String path, String title, List<DocEntry> docs, Map<String, Object> scope,
                              String facetKind, Facet facet, Set<String> deps) {
        for (Pager<DocEntry> page : Pager.paginate(docs, plan.portal().site().documentsPageSize(), path)) {
            Map<String, Object> model = new LinkedHashMap<>(scope);
            model.put("pager", page);
            if (facetKind != null) {
                model.put("facetKind", facetKind);
                model.put("facet", facet);
            }
            plan.add(page.path(), "documents.ftlh", page.number() == 1 ? title : title + " (" + page.number() + ")", deps, model);
        }
    }

    /** Groups documents by a key (values without a key are left out of that filter), in order of the most documents. */
    private static List<Facet> facets(List<DocEntry> docs, Function<DocEntry, String> slug, Function<DocEntry, String> label, String dir) {
        Map<String, List<DocEntry>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (DocEntry e : docs) {
            String s = slug.apply(e);
            if (s == null || s.isEmpty()) continue;
            groups.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            labels.putIfAbsent(s, label.apply(e));
        }
        List<Facet> out = new ArrayList<>();
        groups.forEach((s, list) -> out.add(new Facet(s, labels.get(s), dir + s + "/index.html", List.copyOf(list))));
        out.sort(Comparator.comparingInt((Facet f) -> -f.count()).thenComparing(Facet::slug));
        return out;
    }
}
