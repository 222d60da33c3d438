package io.crosscheck.claim.api;

import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Claimant;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.extract.Span;
import io.crosscheck.nlp.extract.TimeMention;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

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

    public static ClaimView of(StoredClaim s) {
        Claimant claimant = s.claimantName == null && s.claimantRole == null ? null
                : new Claimant(s.claimantName, s.claimantRole);
        return new ClaimView(s.id, s.articleId, s.text, s.sentence, new Span(s.spanStart, s.spanEnd), claimant,
                s.attribution, s.cue, s.polarity, s.hedged, s.hedges, round(s.checkworthiness), s.entities, s.times,
                s.quantities);
    }

    public static ClaimView of(ExtractedClaim c) {
        return new ClaimView(null, null, c.text(), c.sentence(), c.span(), c.claimant(), c.attribution(), c.cue(),
                c.polarity(), c.hedged(), c.hedges(), round(c.checkworthiness()), c.entities(), c.times(), c.quantities());
    }

    /** Three decimals: the score is a model output, more digits would only look precise. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
