package vn.dxportal.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The index worked out from the last one after pieces changed in place is the index built whole, file for file. */
class SearchIndexUpdateTest {
    private static final String[] WORDS = {"chuyển đổi số", "dịch vụ công", "trực tuyến", "Lâm Thao", "tổ công nghệ", "kỹ năng số",
            "hạ tầng", "chữ ký số", "thanh toán", "điện tử", "huyện", "xã", "cán bộ", "người dân", "an toàn thông tin"};

    private static SearchEntry piece(Random r, int page, int n) {
        StringBuilder text = new StringBuilder();
        for (int w = 0, count = 5 + r.nextInt(30); w < count; w++) text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        // Every page has a first piece with the title; later pieces sit under a heading. Common words make cut lists.
        return new SearchEntry("p" + page + "/index.html" + (n == 0 ? "" : "#s" + n), "Trang " + page + " " + WORDS[page % WORDS.length],
                n == 0 ? null : WORDS[(page + n) % WORDS.length], "meta", text.toString().strip(), n == 0);
    }

    @Test
    void piecesEditedInPlaceGiveTheWholeBuildsFiles() {
        Random r = new Random(42);
        List<SearchEntry> entries = new ArrayList<>();
        for (int page = 0; page < 400; page++) for (int n = 0; n < 3; n++) entries.add(piece(r, page, n));
        SearchIndex.Files files = SearchIndex.files(new ArrayList<>(entries));
        int worked = 0;
        for (int round = 0; round < 12; round++) {
            List<SearchEntry> edited = new ArrayList<>(entries);
            int page = r.nextInt(400);
            if (round % 3 == 0) {
                for (int n = 0; n < 3; n++) edited.set(page * 3 + n, piece(r, page, n)); // rewritten: words go too
            } else {
                SearchEntry e = edited.get(page * 3 + round % 3); // a sentence added, as an editor does
                edited.set(page * 3 + round % 3, new SearchEntry(e.path(), e.title(), e.section(), e.meta(),
                        e.text() + " " + WORDS[r.nextInt(WORDS.length)] + " mới " + round, e.first()));
            }
            SearchIndex.Files whole = SearchIndex.files(new ArrayList<>(edited));
            SearchIndex.Files updated = SearchIndexUpdate.update(entries, files, edited);
            if (updated != null) {
                worked++;
                assertArrayEquals(whole.meta(), updated.meta());
                assertEquals(whole.buckets().keySet(), updated.buckets().keySet());
                for (int b : whole.buckets().keySet()) assertArrayEquals(whole.buckets().get(b), updated.buckets().get(b), "bucket " + b + ", round " + round);
                assertEquals(whole.shards().size(), updated.shards().size());
                for (int s = 0; s < whole.shards().size(); s++) assertArrayEquals(whole.shards().get(s), updated.shards().get(s), "shard " + s);
            }
            entries = edited;
            files = whole;
        }
        assertTrue(worked >= 8, "added sentences are worked out, not built whole: " + worked + " of 12");
    }

    @Test
    void piecesAddedOrMovedAreNotWorkedOut() {
        Random r = new Random(7);
        List<SearchEntry> entries = new ArrayList<>();
        for (int page = 0; page < 20; page++) for (int n = 0; n < 2; n++) entries.add(piece(r, page, n));
        SearchIndex.Files files = SearchIndex.files(new ArrayList<>(entries));
        List<SearchEntry> more = new ArrayList<>(entries);
        more.add(5, piece(r, 2, 3));
        assertNull(SearchIndexUpdate.update(entries, files, more), "one piece more: every later piece's number changes");
        assertSame(files, SearchIndexUpdate.update(entries, files, new ArrayList<>(entries)), "nothing changed: the same files");
    }
}
