package io.crosscheck.article.service;

import java.time.Instant;

/** An article ready to store: main text extracted, URL canonical, the dedup keys computed. */
public record PreparedArticle(
        String title,
        String text,
        String originalHtml,
        String source,
        String sourceKey,
        String url,
        String author,
        Instant publishedAt,
        String language,
        String contentHash) {
}
