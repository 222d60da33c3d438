package io.crosscheck.claim.analysis.report;

import java.time.Instant;
import java.util.UUID;

public record StoryArticle(UUID id, String title, String source, Instant publishedAt) {
}
