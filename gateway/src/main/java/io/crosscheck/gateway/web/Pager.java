package io.crosscheck.gateway.web;

/**
 * One slice of a longer list: which items it shows ("Sources 11-20 of 36"), and links to the slices before and
 * after (null at either end).
 */
public record Pager(String label, String previousHref, String nextHref) {

    /** The slice numbers of a list of {@code total} items, {@code perPage} at a time, for the requested page. */
    record Slice(int page, int from, int to, int total, int pages) {

        static Slice of(int requestedPage, int perPage, int total) {
            int pages = Math.max(1, (total + perPage - 1) / perPage);
            int page = Math.min(requestedPage, pages - 1);
            int from = Math.min(total, page * perPage);
            return new Slice(page, from, Math.min(total, from + perPage), total, pages);
        }

        boolean hasPrevious() {
            return page > 0;
        }

        boolean hasNext() {
            return page < pages - 1;
        }

        /** "11-20 of 36" (1-based, as readers count). */
        String range() {
            return total == 0 ? "none" : (from + 1) + "\u2013" + to + " of " + total;
        }
    }

    /** The pager of a slice, {@code link} giving the address of a page by its number. */
    static Pager of(String label, Slice slice, java.util.function.IntFunction<String> link) {
        return new Pager(label, slice.hasPrevious() ? link.apply(slice.page() - 1) : null,
                slice.hasNext() ? link.apply(slice.page() + 1) : null);
    }

    public boolean multiple() {
        return previousHref != null || nextHref != null;
    }
}
