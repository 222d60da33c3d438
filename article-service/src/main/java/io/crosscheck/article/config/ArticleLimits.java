package io.crosscheck.article.config;

import io.smallrye.config.ConfigMapping;

/** Explicit limits on what the article API accepts; documented in the README's configuration table. */
@ConfigMapping(prefix = "crosscheck.articles")
public interface ArticleLimits {

    int titleMaxLength();

    /** Limit on the UTF-8 size of the posted body (HTML included, before extraction). */
    int bodyMaxBytes();

    int sourceMaxLength();

    int authorMaxLength();

    int urlMaxLength();

    int defaultPageSize();

    int maxPageSize();

    int batchMaxItems();
}
