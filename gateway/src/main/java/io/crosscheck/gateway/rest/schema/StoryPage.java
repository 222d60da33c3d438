package io.crosscheck.gateway.rest.schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoryPage")
public record StoryPage(List<Summary> items, int page, int size, long total) {

    @Schema(name = "StorySummary")
    public record Summary(UUID id, @Schema(examples = "Kremlin denies receiving message from Tehran") String title,
            int articleCount, List<String> sources, Instant firstPublishedAt, Instant lastPublishedAt,
            @Schema(description = "How many claim groups are CONTESTED") int contestedCount) {
    }
}
