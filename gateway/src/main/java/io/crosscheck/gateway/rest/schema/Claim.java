package io.crosscheck.gateway.rest.schema;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as the contract defines it (produced by the claim-service). */
@Schema(name = "Claim")
public record Claim(
        UUID id,
        UUID articleId,
        @Schema(description = "The claim as a standalone statement", examples = "Vladimir Putin did not receive a written message from Tehran")
        String text,
        @Schema(description = "The source sentence, verbatim") String sentence,
        Span span,
        @Schema(nullable = true, description = "Null when the article asserts it in its own voice") Claimant claimant,
        @Schema(enumeration = {"DIRECT_QUOTE", "INDIRECT", "ACCORDING_TO", "ANONYMOUS", "NONE"}) String attribution,
        @Schema(nullable = true, examples = "said") String cue,
        @Schema(enumeration = {"AFFIRMS", "DENIES"}) String polarity,
        boolean hedged,
        List<String> hedges,
        @Schema(minimum = "0", maximum = "1") double checkworthiness,
        List<Entity> entities,
        List<TimeMention> times,
        List<Quantity> quantities) {

    @Schema(name = "Span", description = "Character offsets of the sentence in the article's text")
    public record Span(int start, int end) {
    }

    @Schema(name = "Claimant")
    public record Claimant(@Schema(nullable = true, examples = "Dmitry Peskov") String name,
            @Schema(nullable = true, examples = "Kremlin spokesman") String role) {
    }

    @Schema(name = "Entity")
    public record Entity(String text, @Schema(enumeration = {"PERSON", "ORGANIZATION", "LOCATION", "OTHER"}) String type) {
    }

    @Schema(name = "TimeMention")
    public record TimeMention(@Schema(examples = "on Tuesday") String text,
            @Schema(description = "ISO-8601", examples = "2025-06-24") String value) {
    }

    @Schema(name = "Quantity")
    public record Quantity(@Schema(examples = "90 kilometres") String text, double value,
            @Schema(examples = "km") String unit) {
    }
}
