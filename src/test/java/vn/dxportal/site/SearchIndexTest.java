package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.content.Slugs;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;
import vn.dxportal.render.Markdown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SearchIndexTest {
    /** The sample portal's search entries, as a build makes them. */
    static List<SearchEntry> sampleEntries() {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        PlanContext ctx = new PlanContext(p.derived(), List.of(), new PlanContext.Options(null, null, LocalDate.of(2030, 1, 1), false, false));
        return SearchPages.entries(ctx);
    }

    @Test
    void queriesWithoutDiacriticsFindTextWithThem() {
        SearchIndex index = SearchIndex.build(sampleEntries());
        List<SearchIndex.Hit> lamThao = index.query("lam thao");
        assertFalse(lamThao.isEmpty());
        assertEquals("Huyện Lâm Thao", lamThao.get(0).piece().title(), "the unit itself first: its short title is all about it");
        assertTrue(lamThao.stream().limit(10).allMatch(h -> Slugs.fold(h.piece().title() + h.piece().text()).contains("lam thao")));

        List<SearchIndex.Hit> cds = index.query("chuyen doi so");
        assertFalse(cds.isEmpty());
        assertTrue(cds.get(0).piece().title().toLowerCase().contains("chuyển đổi số"), cds.get(0).piece().title());
        assertEquals(index.query("chuyển đổi số"), cds, "with or without diacritics, the same answer");
        assertEquals(index.query("CHUYỂN ĐỔI SỐ"), cds, "and whatever the case");
        List<SearchIndex.Hit> dtt = index.query("dai truyen thanh thong minh");
        assertTrue(Slugs.fold(dtt.get(0).piece().title()).contains("dai truyen thanh thong minh"), dtt.stream().limit(3).map(h -> h.piece().title() + " | " + h.score()).toList().toString());
        assertTrue(index.query("xyzzy").isEmpty());
        assertTrue(index.query("  ,;  ").isEmpty());
    }

    /**
     * A cold build leaves the index out of its plan and makes it from what drawing the posts and reports found: the
     * very files the planned index has, with no body parsed a second time for search.
     */
    @Test
    void theIndexMadeAfterDrawingIsThePlannedOneWithEachBodyParsedOnce() throws Exception {
        Pipeline.Options options = new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null);
        Pipeline.Planned p = Pipeline.plan(options);
        LocalDate day = LocalDate.of(2030, 1, 1);
        Planner.Plan planned = Planner.planWithNotes(p.derived(), List.of(), new PlanContext.Options(null, null, day, false, false), p.compliance());
        Planner.Plan later = Planner.planWithNotes(p.derived(), List.of(), new PlanContext.Options(null, null, day, false, false, true), p.compliance());
        assertNull(planned.searchIndexLater());
        SearchIndexLater index = later.searchIndexLater();
        assertNotNull(index);

        java.util.Map<String, String> plannedFiles = new java.util.TreeMap<>();
        for (Page page : planned.pages()) if (page.path().startsWith(SearchPages.DIR) && !page.isTemplated()) plannedFiles.put(page.path(), SearchIndex.utf8(page.body().get()));
        assertTrue(plannedFiles.size() > 3, "meta.json, buckets and shards: " + plannedFiles.keySet());
        assertTrue(later.pages().stream().noneMatch(page -> plannedFiles.containsKey(page.path())), "the index's files are not planned");
        assertEquals(planned.pages().size() - plannedFiles.size(), later.pages().size());

        // The pages drawn before the index is made, with the real templates, as Pipeline.build draws them.
        int first = index.drawFirst(later.pages());
        assertTrue(first > 0 && first <= later.pages().size());
        vn.dxportal.render.Templates templates = Pipeline.templates(options);
        // Drawing alone, from a plan of its own (a page keeps its body's HTML while it lives).
        Planner.Plan alone = Planner.planWithNotes(p.derived(), List.of(), new PlanContext.Options(null, null, day, false, false, true), p.compliance());
        forgetRecentBodies();
        long before = Markdown.documentsParsed();
        for (Page page : alone.pages().subList(0, first)) Pipeline.render(templates, page);
        long drawing = Markdown.documentsParsed() - before;
        forgetRecentBodies();
        before = Markdown.documentsParsed();
        Markdown.keepSectionsOfDrawnBodies(index);
        try {
            for (Page page : later.pages().subList(0, first)) Pipeline.render(templates, page);
        } finally {
            Markdown.keepSectionsOfDrawnBodies(null);
        }
        java.util.Map<String, String> made = new java.util.TreeMap<>();
        index.files().forEach((path, bytes) -> made.put(path, SearchIndex.utf8(bytes)));
        assertEquals(drawing, Markdown.documentsParsed() - before, "drawing the pages and making the index parse what drawing alone parses");
        assertEquals(plannedFiles, made);
        assertEquals(0, index.bodiesParsedForSearch(), "every post and report was drawn, and told its sections");
    }

    /**
     * Markdown keeps the HTML of the last few bodies it made (a post's page and its feed draw it in turn): drawing
     * other bodies first makes the next drawing parse this portal's bodies, as a build's first drawing does.
     */
    private static void forgetRecentBodies() {
        for (int i = 0; i < 100; i++) Markdown.toHtml("Đoạn " + i + ".", "forget " + i, java.util.function.UnaryOperator.identity());
    }

    /** A body no page drew (a portal's own template that leaves it out) is parsed for the index: still the same files. */
    @Test
    void aBodyNoPageDrewIsParsedForTheIndex() {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        LocalDate day = LocalDate.of(2030, 1, 1);
        PlanContext ctx = new PlanContext(p.derived(), List.of(), new PlanContext.Options(null, null, day, false, false));
        SearchIndexLater index = new SearchIndexLater(ctx);
        java.util.Map<String, String> made = new java.util.TreeMap<>();
        index.files().forEach((path, bytes) -> made.put(path, SearchIndex.utf8(bytes)));
        java.util.Map<String, String> planned = new java.util.TreeMap<>();
        SearchPages.indexFiles(SearchPages.entries(ctx)).forEach((path, bytes) -> planned.put(path, SearchIndex.utf8(bytes.get())));
        assertEquals(planned, made);
        long bodies = ctx.languages().all().stream().flatMap(lang -> ctx.publication().posts(lang).stream())
                .filter(post -> post.body() != null && !post.body().isBlank()).count()
                + p.derived().portal().units().stream().flatMap(u -> u.periods().stream()).filter(r -> r.narrative() != null && !r.narrative().isBlank()).count();
        assertTrue(bodies > 10, "the sample portal has posts and reports: " + bodies);
        assertEquals(bodies, index.bodiesParsedForSearch());
    }

    @Test
    void theFilesABuildPublishesAreTheIndexsOwnAndThePiecesAreLetGo() {
        SearchIndex index = SearchIndex.build(sampleEntries());
        List<SearchEntry> pieces = sampleEntries();
        SearchIndex.Files files = SearchIndex.files(pieces);
        assertTrue(pieces.isEmpty(), "the build's list of pieces is taken over and emptied");
        assertEquals(SearchIndex.utf8(index.meta()), SearchIndex.utf8(files.meta()));
        assertEquals(index.buckets(), files.buckets().size());
        index.allBuckets().forEach((b, bytes) -> assertEquals(SearchIndex.utf8(bytes), SearchIndex.utf8(files.buckets().get(b)), "bucket " + b));
        assertEquals(index.shards(), files.shards().size());
        for (int n = 0; n < index.shards(); n++) assertEquals(SearchIndex.utf8(index.shard(n)), SearchIndex.utf8(files.shards().get(n)), "shard " + n);
        assertEquals("[]", SearchIndex.utf8(SearchIndex.files(new ArrayList<>()).shards().get(0)), "an empty portal still has its one (empty) shard");
    }

    @Test
    void eachPageIsOneResultAndSectionsLinkToTheirHeading() {
        SearchIndex index = SearchIndex.build(sampleEntries());
        List<SearchIndex.Hit> hits = index.query("tổ công nghệ số cộng đồng");
        assertEquals(hits.size(), hits.stream().map(h -> h.piece().page()).distinct().count());
        assertTrue(sampleEntries().stream().anyMatch(e -> e.path().startsWith("don-vi/lam-thao/2022/index.html#")),
                "report sections are entries with the heading's anchor");
    }

    @Test
    void titlesRankAboveBodies() {
        List<SearchEntry> entries = List.of(
                new SearchEntry("a/index.html", "Tin khác", null, "", "Hội nghị tập huấn kỹ năng số. Tập huấn kỹ năng số lần hai. Tập huấn kỹ năng số.", true),
                new SearchEntry("b/index.html", "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng", null, "", "Nội dung.", true),
                new SearchEntry("c/index.html", "Bài thứ ba", "Tập huấn kỹ năng số", "", "Một mục.", false));
        List<SearchIndex.Hit> hits = SearchIndex.build(entries).query("tap huan ky nang so");
        assertEquals(List.of("b/index.html", "c/index.html", "a/index.html"), hits.stream().map(h -> h.piece().path()).toList(),
                "title, then section heading, then body");
    }

    @Test
    void wordsThatAreNotAdjacentStillFindAPage() {
        List<SearchEntry> entries = List.of(new SearchEntry("a/index.html", "Huyện Lâm Thao", null, "", "Tỉnh Phú Thọ.", true));
        assertEquals(1, SearchIndex.build(entries).query("thao phu").size(), "pairs first, then every word");
    }

    @Test
    void theBucketHashIsFnv1a() {
        // Known FNV-1a 32-bit values: "" → 0x811c9dc5, "a" → 0xe40c292c. search.js must agree (see the browser test).
        assertEquals(Integer.remainderUnsigned(0x811c9dc5, 1 << 16), SearchIndex.bucketOf("", 1 << 16));
        assertEquals(Integer.remainderUnsigned(0xe40c292c, 1 << 16), SearchIndex.bucketOf("a", 1 << 16));
    }

    @Test
    void longSectionsAreCutIntoPiecesAtSpaces() {
        String para = "chuyển đổi số ".repeat(200).strip();
        List<String> chunks = SearchPages.chunks(List.of(para, "ngắn"));
        assertTrue(chunks.size() >= 3);
        assertTrue(chunks.stream().allMatch(c -> c.length() <= SearchPages.PIECE));
        assertTrue(chunks.stream().noneMatch(c -> c.startsWith(" ") || c.endsWith(" ")));
        assertEquals(para + " ngắn", String.join(" ", chunks));
    }

    @Test
    void whiteSpaceIsCollapsedAsTheRegexWould() {
        for (String para : List.of("", " ", "a", "a b", "a  b", " a\tb\n", "x\r\n\r\ny", "\u000Bđổi\fsố\t\t ", "không\u00A0gãy \u2003 rộng",
                "Chuyển đổi số  cấp   huyện\n\n- mục một\n- mục hai ")) {
            assertEquals(para.replaceAll("\\s+", " "), SearchPages.collapseSpaces(para), () -> "«" + para + "»");
        }
        String plain = "một câu chỉ có dấu cách đơn";
        assertSame(plain, SearchPages.collapseSpaces(plain), "nothing to collapse: the same string, no copy");
    }

    /**
     * The national scale of the brief (about 700 districts, 8,316 posts, 2,772 period reports), made synthetically
     * from the sample portal's own texts: each synthetic district reuses a sample report's narrative and posts with
     * its own name put in place of the original unit's. Measures what a browser downloads for a query, counted the
     * way search.js fetches: meta.json, one bucket per term, and the text shards of the hits it reads until it has
     * ten pages to show.
     */
    @Test
    void aQueryOnANationalPortalDownloadsUnder300KB() {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Unit> districts = p.derived().portal().units().stream().filter(u -> !u.periods().isEmpty() && !u.news().isEmpty()).toList();
        List<SearchEntry> entries = new ArrayList<>();
        int posts = 0, reports = 0;
        String[] a = {"Lâm", "Minh", "Bình", "Long", "Phú", "Hòa", "Tân", "Thanh", "Yên", "Đông", "Tây", "Nam", "Bắc", "Quảng", "Hưng",
                "An", "Đức", "Vĩnh", "Kim", "Thạch", "Cẩm", "Sơn", "Hải", "Gia", "Thuận", "Tiên", "Mỹ", "Lạc"};
        String[] b = {"Thao", "Long", "Sơn", "Phú", "Xuyên", "Bình", "Hà", "Ninh", "Lập", "Thành", "Giang", "Lộc", "Điền", "Trạch", "Hòa",
                "Định", "Xương", "Khê", "Thủy", "Lâm", "Mỹ", "An", "Lương", "Phong", "Quan"};
        for (int d = 0; d < 700; d++) {
            String name = a[d % a.length] + " " + b[(d / a.length) % b.length] + (d >= a.length * b.length ? " " + (d / (a.length * b.length) + 1) : "");
            Unit model = districts.get(d % districts.size());
            String original = model.info().displayShortName();
            String slug = Slugs.slugify(name);
            for (int k = 0; k < 12 && posts < 8316; k++, posts++) {
                var post = model.news().get(k % model.news().size());
                SearchPages.pieces(entries, "tin-tuc/" + slug + "/" + post.slug() + "-" + k + "/index.html", post.title().replace(original, name),
                        "Tin tức · Huyện " + name, post.summary() == null ? null : post.summary().replace(original, name),
                        Markdown.sections(post.body().replace(original, name)));
            }
            for (int k = 0; k < 4 && reports < 2772; k++, reports++) {
                Period period = model.periods().get(k % model.periods().size());
                String id = (2020 + k) + "";
                SearchPages.pieces(entries, "don-vi/" + slug + "/" + id + "/index.html", "Huyện " + name + ": Năm " + id + " – " + period.data().title(),
                        "Báo cáo · Huyện " + name, period.data().summary(), Markdown.sections(period.narrative() == null ? "" : period.narrative().replace(original, name)));
            }
            entries.add(new SearchEntry("don-vi/" + slug + "/index.html", "Huyện " + name, null, "Đơn vị", "Cấp huyện", true));
        }
        assertEquals(8316, posts);
        assertEquals(2772, reports);
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(entries);
        long ms = (System.nanoTime() - start) / 1_000_000;
        var buckets = index.allBuckets();
        long total = buckets.values().stream().mapToLong(x -> x.length).sum();
        System.out.printf("Chỉ mục tìm kiếm quy mô quốc gia (tổng hợp): %d mục từ %d bài tin, %d báo cáo, 700 huyện; %d tệp chỉ mục, %d tệp văn bản; %,d KB chỉ mục; dựng trong %d ms%n",
                entries.size(), posts, reports, index.buckets(), index.shards(), total / 1024, ms);
        long worst = 0;
        for (String q : List.of("lam thao", "chuyen doi so", "chuyển đổi số", "dich vu cong truc tuyen", "to cong nghe so cong dong",
                "ke hoach 40/KH-UBND", "minh long", "hoi nghi tap huan", "dai truyen thanh thong minh", "so", "huyen")) {
            long bytes = bytesFor(index, buckets, q);
            worst = Math.max(worst, bytes);
            assertFalse(index.query(q).isEmpty(), "common words still answer: " + q);
            System.out.printf("  \"%s\": %d kết quả, %,d byte tải về%n", q, index.query(q).size(), bytes);
        }
        assertTrue(worst < 300 * 1024, "worst query downloads " + worst + " bytes");
        assertFalse(index.query("lam thao").isEmpty());
    }

    /** What search.js downloads to show the first ten results of q. */
    static long bytesFor(SearchIndex index, java.util.Map<Integer, byte[]> buckets, String q) {
        SearchIndex.Lookup lookup = index.lookup(q);
        long bytes = index.meta().length;
        for (int b : lookup.buckets()) bytes += buckets.get(b).length;
        // search.js reads hits in order, loading their shards, until it has more than ten pages (so it knows there are more).
        Set<Integer> shards = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        for (SearchIndex.Hit h : lookup.pieces()) {
            if (pages.size() > 10) break;
            shards.add(h.entry() / SearchIndex.SHARD);
            pages.add(h.piece().page());
        }
        for (int s : shards) bytes += index.shard(s).length;
        return bytes;
    }
}
