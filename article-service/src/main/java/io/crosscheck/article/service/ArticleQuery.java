package io.crosscheck.article.service;

import java.time.Instant;

/** A page of the article list: every filter optional; {@code to} is exclusive. */
public record ArticleQuery(String source, String text, Instant from, Instant toExclusive, int page, int size) {
}
