package vn.dxportal.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class PagerTest {
    private static List<Pager<Integer>> pages(int items, int size) {
        return Pager.paginate(IntStream.range(0, items).boxed().toList(), size, "tin-tuc/index.html");
    }

    @Test
    void noItemsStillMakeOneEmptyPage() {
        List<Pager<Integer>> p = pages(0, 10);
        assertEquals(1, p.size());
        assertTrue(p.get(0).items().isEmpty());
        assertEquals("tin-tuc/index.html", p.get(0).path());
        assertFalse(p.get(0).hasPrevious());
        assertFalse(p.get(0).hasNext());
    }

    @Test
    void oneItemOnePage() {
        List<Pager<Integer>> p = pages(1, 10);
        assertEquals(1, p.size());
        assertEquals(List.of(0), p.get(0).items());
        assertEquals(1, p.get(0).totalItems());
    }

    @Test
    void exactlyOnePageSizeFitsOnOnePage() {
        List<Pager<Integer>> p = pages(10, 10);
        assertEquals(1, p.size());
        assertEquals(10, p.get(0).items().size());
        assertFalse(p.get(0).hasNext());
    }

    @Test
    void onePastThePageSizeStartsPageTwo() {
        List<Pager<Integer>> p = pages(11, 10);
        assertEquals(2, p.size());
        assertEquals(10, p.get(0).items().size());
        assertEquals(List.of(10), p.get(1).items());
        assertEquals("tin-tuc/trang-2/index.html", p.get(1).path());
        assertEquals("tin-tuc/trang-2/index.html", p.get(0).nextPath());
        assertEquals("tin-tuc/index.html", p.get(1).previousPath());
        assertNull(p.get(1).nextPath());
    }

    @Test
    void aLongListLinksAWindowOfPagesNotAllOfThem() {
        List<Pager<Integer>> p = pages(8000, 10);
        assertEquals(800, p.size());
        assertEquals(List.of(1, 0, 398, 399, 400, 401, 402, 0, 800), p.get(399).window());
        assertEquals(List.of(1, 2, 3, 0, 800), p.get(0).window());
    }

    @Test
    void pageSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> pages(3, 0));
    }
}
