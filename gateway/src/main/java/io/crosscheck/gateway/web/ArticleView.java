package io.crosscheck.gateway.web;

import java.util.List;
import java.util.UUID;

/**
 * An article page: its text cut into segments, each claim's sentence a highlighted segment; the claims with who
 * says them, how hedged, denied or not; the entities, times and numbers found; and its story.
 */
public record ArticleView(String id, String title, String source, String author, String url, String published,
        String publishedIso, String storyHref, Analysis analysis, List<Segment> segments, List<ClaimNote> claims,
        List<String> entities, List<String> times, List<String> numbers) {

    /** The link to an article, its claim's sentence highlighted and scrolled to when {@code claimId} is given. */
    static String href(String articleId, UUID claimId) {
        return "/articles/" + Html.encode(articleId) + (claimId == null ? "" : "?claim=" + claimId + "#selected");
    }

    /** The link to an article with the text between two offsets highlighted (a claim check's evidence). */
    static String href(String articleId, int start, int end) {
        return "/articles/" + Html.encode(articleId) + "?at=" + start + "-" + end + "#selected";
    }

    /** Where the analysis stands, in words: pending and failed analyses are said, not hidden. */
    public record Analysis(String status, String message, boolean done) {
    }

    /**
     * A run of the article's text. A claim's sentence carries its highlight: which notes explain it, the kind of
     * claim it states (CSS class and symbol), the words a screen reader gets, and whether it is the selected one.
     */
    public record Segment(String text, Highlight highlight) {
    }

    public record Highlight(String anchor, String cssClass, String symbol, String label, boolean selected) {
    }

    /** One claim of the article, as a reader checks it. */
    public record ClaimNote(String anchor, String text, String sentence, String claimant, String attribution,
            String kind, String symbol, String cssClass, String hedges, boolean selected) {
    }
}
