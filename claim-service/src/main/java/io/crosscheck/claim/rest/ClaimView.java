package io.crosscheck.claim.rest;

import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Claimant;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.extract.Span;
import io.crosscheck.nlp.extract.TimeMention;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's Claim. id and articleId are null for POST /extract, which stores nothing. */
@Schema(name = "Claim")
public record ClaimView(
        UUID id,
        UUID articleId,
        @Schema(description = "The claim as a standalone statement") String text,
        @Schema(description = "The source sentence, verbatim") String sentence,
        @Schema(description = "Character offsets of the sentence in the article text") Span span,
        @Schema(description = "Who asserts it; null when the article asserts it in its own voice") Claimant claimant,
        Attribution attribution,
        @Schema(description = "The reporting phrase (said, denied, according to)") String cue,
        Polarity polarity,
        boolean hedged,
        List<String> hedges,
        @Schema(description = "0..1: how much the sentence states a checkable fact") double checkworthiness,
        List<Entity> entities,
        List<TimeMention> times,
        List<Quantity> quantities) {
}
