package io.crosscheck.article.service;

import java.util.UUID;

/** No article is stored under this id (any more). */
public final class ArticleNotFoundException extends ArticleException {

    private final UUID id;

    public ArticleNotFoundException(UUID id) {
        super("No article with id " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
