package io.crosscheck.gateway.web;

import io.crosscheck.gateway.rest.schema.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an article's text into plain runs and highlighted claim sentences, from the claims' character spans.
 * Several claims of one sentence share one highlight; a span that overlaps an earlier one, or lies outside the
 * text (an article changed since its analysis), is not highlighted, but its claim is still listed.
 */
final class ArticleText {

    private ArticleText() {
    }

    /** A highlighted range: the claims it states (none for a claim check's evidence), selected or not. */
    private record Range(int start, int end, List<Claim> claims, boolean selected) {
    }

    /**
     * @param selectedClaim the claim to mark as selected, or null
     * @param at            offsets {start, end} to mark as selected (a claim check's evidence), or null
     */
    static List<ArticleView.Segment> segments(String text, List<Claim> claims, String selectedClaim, int[] at) {
        List<Range> ranges = ranges(text, claims, selectedClaim, at);
        List<ArticleView.Segment> segments = new ArrayList<>();
        int position = 0;
        for (Range range : ranges) {
            if (range.start() > position) {
                segments.add(new ArticleView.Segment(text.substring(position, range.start()), null));
            }
            segments.add(new ArticleView.Segment(text.substring(range.start(), range.end()), highlight(range)));
            position = range.end();
        }
        if (position < text.length()) {
            segments.add(new ArticleView.Segment(text.substring(position), null));
        }
        return segments;
    }

    private static List<Range> ranges(String text, List<Claim> claims, String selectedClaim, int[] at) {
        List<Claim> bySpan = claims.stream().filter(claim -> valid(claim.span(), text.length()))
                .sorted(Comparator.comparingInt((Claim claim) -> claim.span().start())
                        .thenComparingInt(claim -> claim.span().end()))
                .toList();
        List<Range> ranges = new ArrayList<>();
        for (Claim claim : bySpan) {
            Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            boolean selected = selectedClaim != null && selectedClaim.equals(String.valueOf(claim.id()));
            if (last != null && last.start() == claim.span().start() && last.end() == claim.span().end()) {
                List<Claim> together = new ArrayList<>(last.claims());
                together.add(claim);
                ranges.set(ranges.size() - 1, new Range(last.start(), last.end(), together, last.selected() || selected));
            } else if (last == null || claim.span().start() >= last.end()) {
                ranges.add(new Range(claim.span().start(), claim.span().end(), List.of(claim), selected));
            }
        }
        if (at != null && at[0] >= 0 && at[0] < at[1] && at[1] <= text.length()) {
            select(ranges, at[0], at[1]);
        }
        return ranges;
    }

    /** Marks the range that covers the offsets as selected, or adds one of its own where no claim's sentence is. */
    private static void select(List<Range> ranges, int start, int end) {
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            if (range.start() < end && start < range.end()) {
                ranges.set(i, new Range(range.start(), range.end(), range.claims(), true));
                return;
            }
        }
        int index = 0;
        while (index < ranges.size() && ranges.get(index).start() < start) {
            index++;
        }
        ranges.add(index, new Range(start, end, List.of(), true));
    }

    private static boolean valid(Claim.Span span, int length) {
        return span != null && span.start() >= 0 && span.start() < span.end() && span.end() <= length;
    }

    private static ArticleView.Highlight highlight(Range range) {
        if (range.claims().isEmpty()) {
            return new ArticleView.Highlight(null, "claim claim-evidence", "\u25b6", "evidence", range.selected());
        }
        Claim first = range.claims().get(0);
        // One sentence can state several claims ("We had contacts, but no document was handed over"): a denial or
        // a hedge among them is what a reader must not miss, so it gives the highlight its kind.
        Kind kind = range.claims().stream().map(Kind::of).min(Comparator.comparingInt(Kind::rank)).orElseThrow();
        Set<String> who = new LinkedHashSet<>();
        range.claims().forEach(claim -> who.add(claimant(claim)));
        String label = kind.words() + ", " + String.join("; ", who);
        return new ArticleView.Highlight(anchor(first), "claim " + kind.cssClass(), kind.symbol(), label,
                range.selected());
    }

    static String anchor(Claim claim) {
        return "claim-" + claim.id();
    }

    /** Who says it: "Dmitry Peskov, Kremlin spokesman", "an unnamed source", or the article's own voice. */
    static String claimant(Claim claim) {
        Claim.Claimant claimant = claim.claimant();
        if (claimant == null || (blank(claimant.name()) && blank(claimant.role()))) {
            return "ANONYMOUS".equals(claim.attribution()) ? "an unnamed source" : "the article itself";
        }
        if (blank(claimant.name())) {
            return claimant.role();
        }
        return blank(claimant.role()) ? claimant.name() : claimant.name() + ", " + claimant.role();
    }

    static ArticleView.ClaimNote note(Claim claim, String selectedClaim) {
        Kind kind = Kind.of(claim);
        String attribution = claim.attribution() == null ? "" : claim.attribution().toLowerCase(Locale.ROOT).replace('_', ' ');
        String cue = blank(claim.cue()) ? "" : " (\u201c" + claim.cue() + "\u201d)";
        String hedges = claim.hedges() == null || claim.hedges().isEmpty() ? "" : String.join(", ", claim.hedges());
        return new ArticleView.ClaimNote(anchor(claim), claim.text(), claim.sentence(), claimant(claim),
                attribution + cue, kind.words(), kind.symbol(), kind.cssClass(), hedges,
                selectedClaim != null && selectedClaim.equals(String.valueOf(claim.id())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Denied, hedged or plainly affirmed: a symbol, the words and the CSS class of each. */
    private record Kind(String words, String symbol, String cssClass, int rank) {

        static Kind of(Claim claim) {
            boolean denies = "DENIES".equals(claim.polarity());
            if (denies && claim.hedged()) {
                return new Kind("denied, hedged", "\u2717?", "claim-denied", 0);
            }
            if (denies) {
                return new Kind("denied", "\u2717", "claim-denied", 1);
            }
            return claim.hedged() ? new Kind("hedged", "?", "claim-hedged", 2)
                    : new Kind("affirmed", "\u2713", "claim-affirmed", 3);
        }
    }
}
