package io.crosscheck.article.service;

import java.time.Instant;
import java.util.UUID;

/** An article in a list: everything but the body, which can be megabytes; an excerpt instead. */
public record ArticleSummary(
        UUID id,
        String title,
        String source,
        String url,
        String author,
        Instant publishedAt,
        String language,
        String excerpt,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
