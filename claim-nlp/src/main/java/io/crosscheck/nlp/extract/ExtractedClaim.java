package io.crosscheck.nlp.extract;

import java.util.List;

/**
 * One checkable claim. {@code text} reads on its own (pronouns and short names resolved), {@code sentence} is the
 * source sentence as written and {@code span} its character offsets in the request text.
 */
public record ExtractedClaim(String text, String sentence, Span span, Claimant claimant, Attribution attribution,
                             String cue, Polarity polarity, boolean hedged, List<String> hedges, double checkworthiness,
                             List<Entity> entities, List<TimeMention> times, List<Quantity> quantities) {
}
