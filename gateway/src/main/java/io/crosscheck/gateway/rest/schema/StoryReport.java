package io.crosscheck.gateway.rest.schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoryReport", description = "Articles about one event, and how their claims agree or conflict")
public record StoryReport(UUID id, String title, List<Article> articles, List<ClaimGroup> claims,
        @Schema(description = "The splits the story took part in, oldest first (empty for most stories): a story whose "
                + "articles turned out to be two events keeps its id on the larger part, the other part's articles move "
                + "to a new story, and both reports list the split")
        List<Split> splits) {

    private static final String ORIGIN = "Where the article's text comes from: articles with the same origin are copies"
            + " of one text or credit one news agency, and count once for CORROBORATED. The id of the origin's earliest"
            + " article, or agency:ID (agency:reuters)";

    @Schema(name = "StoryArticle")
    public record Article(UUID id, String title, String source, Instant publishedAt,
            @Schema(description = ORIGIN) String origin) {
    }

    @Schema(name = "ClaimGroup")
    public record ClaimGroup(UUID id, String statement,
            @Schema(description = "Whether the group is the story's headline: its statement is the title of the story's "
                    + "first article with a headline, and every article of the story is read toward it (its positions "
                    + "have no claimId)")
            boolean headline,
            @Schema(enumeration = {"CORROBORATED", "CONTESTED", "SINGLE_SOURCE"}) String status,
            List<Position> positions, List<Conflict> conflicts) {
    }

    @Schema(name = "Position")
    public record Position(UUID articleId, String source,
            @Schema(nullable = true, description = "The article's claim in the group; null when the stance engine read the "
                    + "article toward the group's statement without a claim of the article in it (the story's lead groups)")
            UUID claimId,
            @Schema(enumeration = {"SUPPORTS", "DENIES", "DISCUSSES"}) String stance,
            @Schema(nullable = true) Claim.Claimant claimant, boolean hedged,
            @Schema(description = "The sentence that takes the position") String evidence,
            @Schema(description = ORIGIN) String origin) {
    }

    @Schema(name = "StorySplit")
    public record Split(@Schema(description = "The story that was split; its id stays on the larger part") UUID from,
            @Schema(description = "The new story the other part's articles moved to") UUID into,
            int movedArticles, Instant splitAt) {
    }

    @Schema(name = "Conflict")
    public record Conflict(@Schema(enumeration = {"DENIAL", "NUMBER", "NEGATION"}) String kind,
            @Schema(minItems = 2, maxItems = 2) List<UUID> claimIds, String detail) {
    }
}
