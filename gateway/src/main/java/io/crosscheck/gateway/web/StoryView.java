package io.crosscheck.gateway.web;

import java.util.List;

/**
 * A story page: the matrix of claims (down) against sources (across), one slice of each, the selected position's
 * evidence, and a slice of the articles as a timeline.
 */
public record StoryView(String id, String title, int articleCount, int sourceCount, String firstPublished,
        String lastPublished, int claimCount, int contestedCount, List<String> columns, List<ClaimRow> rows,
        Pager sourcePager, Pager claimPager, Selection selection, List<TimelineEntry> timeline, Pager timelinePager,
        List<SplitNote> splits) {

    /**
     * A split the story took part in, as a sentence with a link to the other story: "3 articles of this story turned
     * out to be another event and [moved to a story of their own]." or "3 articles of this story were split from
     * [another story], where they turned out to be another event."
     */
    public record SplitNote(String before, String linkText, String href, String after) {
    }

    /**
     * One claim group: its statement (marked when it is the story's headline) and status, its conflicts, and a cell
     * per source column of this page.
     */
    public record ClaimRow(String id, String statement, boolean headline, Stances status, List<Cell> cells, List<String> conflicts,
            int positionCount, int positionsOnOtherPages) {
    }

    /**
     * What one source says about one claim: one mark per stance it takes, however many of its articles take it (a
     * wire service can run dozens in one story: a mark each would make a 1,000-article story's page megabytes).
     */
    public record Cell(String source, List<Mark> marks) {
    }

    /**
     * The positions of one source with one stance, as a link that selects the first: the symbol (with the count
     * when more than one article takes it) shows, the label is what a screen reader says.
     */
    public record Mark(Stances stance, int count, String label, String href, boolean selected) {
    }

    /**
     * The selected position: who takes it, in which sentence, where to read it in its article, and the origin of its
     * article's text (null when the report has none).
     */
    public record Selection(String statement, String source, Stances stance, String claimantName, String claimantRole,
            String evidence, String articleTitle, String articleHref, String closeHref, Origin origin) {
    }

    /**
     * Where the selected article's text comes from: the agency it is credited to, if any, and the story's other
     * articles of the same origin (copies of its text or of the agency's), the first few of them by name.
     */
    public record Origin(String agency, List<String> sharedWith, int sharedWithOthers) {
    }

    public record TimelineEntry(String published, String publishedIso, String source, String title, String href) {
    }
}
