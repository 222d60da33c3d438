package io.crosscheck.nlp.extract;

/**
 * One attribution as the learned model reads it: the character span of what is attributed (the content, not the
 * whole sentence), who says it as the article writes it ({@code source}: "he", "the senator") and as resolved
 * ({@code claimant}), how, and the cue ("said", "according to"; null when none was tagged).
 */
public record FoundAttribution(Span content, String source, Claimant claimant, Attribution attribution, String cue) {
}
