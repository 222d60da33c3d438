package io.crosscheck.article.service;

/**
 * A field of the article, well-formed as posted, is unusable once prepared: HTML without readable text, a URL
 * that has no canonical form. The message reads "field: reason".
 */
public final class InvalidArticleException extends ArticleException {

    private final String field;
    private final String reason;

    public InvalidArticleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The JSON name of the field at fault. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
