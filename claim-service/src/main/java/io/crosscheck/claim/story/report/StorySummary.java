package io.crosscheck.claim.story.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record StorySummary(UUID id, String title, int articleCount, List<String> sources, Instant firstPublishedAt,
                           Instant lastPublishedAt, int contestedCount) {
}
