package io.crosscheck.gateway.web;

import java.util.List;

/** The stories list: one page of stories, in the order the reader chose (newest, or most contested first). */
public record StoryListView(boolean contestedFirst, String newestHref, String contestedHref, List<Row> stories,
        Pager pager) {

    public record Row(String href, String title, int articleCount, int sourceCount, String sources, int contestedCount,
            String first, String firstIso, String last, String lastIso) {
    }
}
