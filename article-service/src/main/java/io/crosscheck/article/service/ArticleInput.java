package io.crosscheck.article.service;

import java.time.Instant;

/** A validated article as posted: typed values, not yet cleaned or deduplicated. */
public record ArticleInput(
        String title,
        String body,
        boolean bodyIsHtml,
        String source,
        String url,
        String author,
        Instant publishedAt,
        String language,
        Long version) {
}
