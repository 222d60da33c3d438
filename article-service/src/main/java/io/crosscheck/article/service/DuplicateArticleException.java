package io.crosscheck.article.service;

/**
 * The article cannot be stored as it is without making two articles of one: the same canonical URL, or the
 * same source and text, already belongs to another (or did while this one was being stored).
 */
public final class DuplicateArticleException extends ArticleException {

    public DuplicateArticleException(String message) {
        super(message);
    }
}
