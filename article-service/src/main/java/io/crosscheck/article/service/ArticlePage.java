package io.crosscheck.article.service;

import java.util.List;

public record ArticlePage(List<ArticleSummary> items, int page, int size, long total) {
}
