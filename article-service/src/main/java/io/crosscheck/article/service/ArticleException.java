package io.crosscheck.article.service;

/**
 * Why an article use case refused. The service layer knows nothing of HTTP; the REST layer gives each kind its
 * answer (rest.ArticleProblemMappers).
 */
public abstract sealed class ArticleException extends RuntimeException
        permits ArticleNotFoundException, InvalidArticleException, DuplicateArticleException, StaleVersionException {

    protected ArticleException(String message) {
        super(message);
    }
}
