package io.crosscheck.gateway.web;

import java.util.StringJoiner;

/**
 * Where a reader is on a story page: which slice of sources, claims and timeline, and which position is selected
 * (claim group and article). Links change one of these and keep the rest, so paging the sources keeps the selection.
 */
record StoryPageQuery(String storyId, int sources, int claims, int timeline, String group, String article) {

    StoryPageQuery withSources(int page) {
        return new StoryPageQuery(storyId, page, claims, timeline, group, article);
    }

    StoryPageQuery withClaims(int page) {
        return new StoryPageQuery(storyId, sources, page, timeline, group, article);
    }

    StoryPageQuery withTimeline(int page) {
        return new StoryPageQuery(storyId, sources, claims, page, group, article);
    }

    StoryPageQuery selecting(String groupId, String articleId) {
        return new StoryPageQuery(storyId, sources, claims, timeline, groupId, articleId);
    }

    String href() {
        return href("");
    }

    /** The link, jumping to an element of the page ({@code #evidence}) when {@code fragment} is not empty. */
    String href(String fragment) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (sources > 0) {
            query.add("sources=" + sources);
        }
        if (claims > 0) {
            query.add("claims=" + claims);
        }
        if (timeline > 0) {
            query.add("timeline=" + timeline);
        }
        if (group != null && article != null) {
            query.add("claim=" + Html.encode(group)).add("article=" + Html.encode(article));
        }
        return "/stories/" + Html.encode(storyId) + query + (fragment.isEmpty() ? "" : "#" + fragment);
    }
}
