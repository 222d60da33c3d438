package io.crosscheck.claim.story.report;

import java.time.Instant;
import java.util.UUID;

/** @param origin the article's origin, as in {@link Position#origin()} */
public record StoryArticle(UUID id, String title, String source, Instant publishedAt, String origin) {
}
