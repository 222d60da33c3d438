package io.crosscheck.claim.story.report;

import java.time.Instant;
import java.util.UUID;

public record StoryArticle(UUID id, String title, String source, Instant publishedAt) {
}
