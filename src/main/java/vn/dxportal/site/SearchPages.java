package vn.dxportal.site;

import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;
import vn.dxportal.model.PeriodKind;
import vn.dxportal.model.Unit;
import vn.dxportal.render.Formats;
import vn.dxportal.render.Markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Search: the index files under {@code tim-kiem/} (see {@link SearchIndex}) and a search page per language. The
 * entries are made from the model, not from rendered pages; the index itself is computed once, when the first of
 * its files is written. A cold build plans no index files: it makes them once the posts and reports are drawn, from
 * the sections their drawing parsed ({@link SearchIndexLater}).
 */
final class SearchPages implements PageSet {
    /** Longest piece of text one entry holds, so a result's shard stays small; longer sections are split. */
    static final int PIECE = 900;
    static final String DIR = "tim-kiem/";
    /** How a plan's entries become index files when not by {@link #indexFiles} (the live preview, see {@link SearchSplice}). */
    static volatile Function<List<SearchEntry>, Map<String, Supplier<byte[]>>> indexer;

    @Override
    public void plan(PlanContext plan) {
        Set<String> all = Set.of("*");
        Function<List<SearchEntry>, Map<String, Supplier<byte[]>>> custom = indexer;
        if (custom == null && plan.options().searchIndexLater()) {
            plan.searchIndexLater(new SearchIndexLater(plan));
        } else {
            List<SearchEntry> entries = entries(plan);
            Map<String, Supplier<byte[]>> files = custom != null ? custom.apply(entries) : indexFiles(entries);
            files.forEach((path, body) -> plan.addData(path, all, body));
        }
        for (String lang : plan.languages().all()) {
            plan.add(lang, Urls.searchPath(), "search.ftlh", "en".equals(lang) ? "Search" : "Tìm kiếm", all, Map.of("indexDir", DIR));
        }
    }

    /** The index files of these entries by output path, in plan order. */
    static Map<String, Supplier<byte[]>> indexFiles(List<SearchEntry> entries) {
        // The index and all its files are made on a thread of their own from now on, while the rest of the portal is
        // planned and rendered, instead of holding up the writer thread that first asks for one of them. Only the
        // files' bytes are kept: the pieces (Vietnamese text, two bytes a character in a Java string) are let go as
        // their shards are written.
        int buckets = SearchIndex.bucketsFor(entries.size()), shards = SearchIndex.shardsFor(entries.size());
        return layout(buckets, shards, building(entries));
    }

    /** The index's files, made on a thread of their own from now on; the supplier waits for them. */
    static Supplier<SearchIndex.Files> building(List<SearchEntry> entries) {
        java.util.concurrent.FutureTask<SearchIndex.Files> building = new java.util.concurrent.FutureTask<>(() -> SearchIndex.files(entries));
        Thread builder = new Thread(building, "search-index");
        builder.setDaemon(true);
        builder.start();
        Supplier<SearchIndex.Files> built = memo(() -> {
            try {
                return building.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        });
        return built;
    }

    /** The index files by output path, in plan order, each taken from {@code built} when asked for. */
    static Map<String, Supplier<byte[]>> layout(int buckets, int shards, Supplier<SearchIndex.Files> built) {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put(DIR + "meta.json", () -> built.get().meta());
        for (int b = 0; b < buckets; b++) {
            int bucket = b;
            files.put(DIR + "i/" + b + ".json", () -> built.get().buckets().get(bucket));
        }
        for (int n = 0; n < shards; n++) {
            int shard = n;
            files.put(DIR + "t/" + n + ".json", () -> built.get().shards().get(shard));
        }
        return files;
    }

    /** How the entries of a page with a Markdown body are made: as {@link #pieces} of its sections. */
    @FunctionalInterface
    interface BodyPieces {
        void add(List<SearchEntry> out, String page, String title, String meta, String lead, String markdown);
    }

    /** Every searchable piece, each body's sections parsed from its Markdown now. */
    static List<SearchEntry> entries(PlanContext plan) {
        return entries(plan, (out, page, title, meta, lead, markdown) -> pieces(out, page, title, meta, lead, Markdown.sections(markdown)));
    }

    /** Every searchable piece: posts (each language), period reports by section, units, indicators, documents. */
    static List<SearchEntry> entries(PlanContext plan, BodyPieces bodies) {
        List<SearchEntry> out = new ArrayList<>();
        Map<String, Unit> units = plan.unitsBySlug();
        // Posts and units are split into pieces in parallel (Markdown is parsed for it), then joined in plan order.
        for (String lang : plan.languages().all()) {
            String prefix = plan.languages().prefix(lang);
            List<NewsPost> posts = plan.publication().posts(lang);
            posts.parallelStream().map(p -> {
                List<SearchEntry> pieces = new ArrayList<>();
                String meta = ("en".equals(lang) ? "News · " : "Tin tức · ") + units.get(p.unitSlug()).info().nameIn(lang) + " · " + Formats.date(p.date());
                bodies.add(pieces, prefix + Urls.postPath(p.unitSlug(), p.slug()), p.title(), meta, p.summary(), p.body());
                return pieces;
            }).toList().forEach(out::addAll);
        }
        plan.portal().units().parallelStream().map(u -> {
            List<SearchEntry> unitOut = new ArrayList<>();
            String name = u.info().name();
            List<String> about = new ArrayList<>();
            if (u.info().nameEn() != null) about.add(u.info().nameEn());
            about.add(u.info().level().nameVi());
            if (u.info().parent() != null && units.containsKey(u.info().parent())) about.add("thuộc " + units.get(u.info().parent()).info().name());
            if (u.info().agency() != null) about.add(u.info().agency().name());
            unitOut.add(new SearchEntry(Urls.unitPath(u.slug()), name, null, "Đơn vị · " + u.info().level().nameVi(), String.join(" · ", about), true));
            for (Period p : u.periods()) {
                String title = name + ": " + PeriodKind.labelVi(p.id()) + " – " + p.data().title();
                bodies.add(unitOut, Urls.periodPath(u.slug(), p.id()), title, "Báo cáo · " + name + " · " + PeriodKind.labelVi(p.id()),
                        p.data().summary(), p.narrative());
            }
            for (DocumentItem d : u.documents()) {
                String meta = "Văn bản · " + (d.issuer() != null ? d.issuer() : name) + (d.issued() != null ? " · " + Formats.date(d.issued()) : "");
                unitOut.add(new SearchEntry(Urls.documentPath(u.slug(), d.id()), d.form() + " " + d.number() + ": " + d.title(), null, meta,
                        d.title() + (d.note() != null ? " " + d.note() : ""), true));
            }
            return unitOut;
        }).toList().forEach(out::addAll);
        for (Indicator i : plan.portal().indicators()) {
            List<String> text = new ArrayList<>();
            for (String s : new String[]{i.nameEn(), i.definition(), i.numerator(), i.denominator(), i.source()}) if (s != null) text.add(s);
            out.add(new SearchEntry(Urls.indicatorPath(i.id()), i.name(), null, "Chỉ tiêu · " + i.pillar().nameVi(), String.join(" · ", text), true));
        }
        return out;
    }

    /**
     * A page as pieces of at most {@link #PIECE} characters: its lead (summary and the text before the first
     * heading) carries the title; each section after is one or more pieces linked to its heading's anchor.
     */
    static void pieces(List<SearchEntry> out, String path, String title, String meta, String lead, List<Markdown.Section> sections) {
        boolean first = true;
        List<String> leadText = new ArrayList<>();
        if (lead != null) leadText.add(lead);
        int start = 0;
        if (!sections.isEmpty() && sections.get(0).anchor() == null) {
            leadText.addAll(sections.get(0).paragraphs());
            start = 1;
        }
        for (String chunk : chunks(leadText)) {
            out.add(new SearchEntry(path, title, null, meta, chunk, first));
            first = false;
        }
        if (first) {
            out.add(new SearchEntry(path, title, null, meta, "", true));
        }
        for (Markdown.Section s : sections.subList(start, sections.size())) {
            List<String> chunks = chunks(s.paragraphs());
            if (chunks.isEmpty()) chunks = List.of("");
            for (String chunk : chunks) out.add(new SearchEntry(path + "#" + s.anchor(), title, s.heading(), meta, chunk, false));
        }
    }

    /** Paragraphs joined into pieces of at most PIECE characters; a longer paragraph is cut at a space. */
    static List<String> chunks(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String para : paragraphs) {
            String p = collapseSpaces(para).strip();
            while (p.length() > PIECE) {
                int cut = p.lastIndexOf(' ', PIECE);
                if (cut < PIECE / 2) cut = PIECE;
                flush(out, cur);
                out.add(p.substring(0, cut).strip());
                p = p.substring(cut).strip();
            }
            if (cur.length() > 0 && cur.length() + 1 + p.length() > PIECE) flush(out, cur);
            if (!p.isEmpty()) cur.append(cur.length() > 0 ? " " : "").append(p);
        }
        flush(out, cur);
        return out;
    }

    /**
     * Each run of ASCII white space (what the regex {@code \s+} matches) as one space: what
     * {@code para.replaceAll("\\s+", " ")} gives, without a regex over every paragraph of the portal.
     */
    static String collapseSpaces(String para) {
        StringBuilder out = null;
        int copied = 0; // para[copied, i) is still to be appended as it is
        int n = para.length();
        for (int i = 0; i < n; i++) {
            if (!isAsciiSpace(para.charAt(i))) continue;
            int end = i + 1;
            while (end < n && isAsciiSpace(para.charAt(end))) end++;
            if (para.charAt(i) == ' ' && end == i + 1) continue; // a single plain space stays as it is
            if (out == null) out = new StringBuilder(n);
            out.append(para, copied, i).append(' ');
            copied = end;
            i = end - 1;
        }
        return out == null ? para : out.append(para, copied, n).toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
    }

    /** A supplier computed at most once, from whichever writer thread asks first. */
    static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }
}
