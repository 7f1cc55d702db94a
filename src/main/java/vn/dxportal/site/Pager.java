package vn.dxportal.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paginated list: its items, its number, and the paths of its neighbours. Page 1 of a list lives at
 * the list's own path ({@code tin-tuc/index.html}), page n at {@code tin-tuc/trang-n/index.html}. An empty list
 * still has one (empty) page, so its link never breaks.
 */
public record Pager<T>(List<T> items, int number, int total, int totalItems, String path, String firstPath) {

    public static <T> List<Pager<T>> paginate(List<T> items, int pageSize, String firstPath) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be at least 1");
        int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<Pager<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<T> slice = List.copyOf(items.subList(Math.min(items.size(), (n - 1) * pageSize), Math.min(items.size(), n * pageSize)));
            pages.add(new Pager<>(slice, n, total, items.size(), Urls.pageOf(firstPath, n), firstPath));
        }
        return pages;
    }

    public boolean hasPrevious() { return number > 1; }

    public boolean hasNext() { return number < total; }

    public String previousPath() { return hasPrevious() ? Urls.pageOf(firstPath, number - 1) : null; }

    public String nextPath() { return hasNext() ? Urls.pageOf(firstPath, number + 1) : null; }

    public String pathOf(int n) { return Urls.pageOf(firstPath, n); }

    /**
     * The page numbers a pager shows: the first, the last, and two either side of this one; 0 marks a gap ("…").
     * A list of 800 pages links 7 of them, not 800.
     */
    public List<Integer> window() {
        List<Integer> out = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - number) <= 2) {
                if (last != 0 && n > last + 1) out.add(0);
                out.add(n);
                last = n;
            }
        }
        return out;
    }
}
