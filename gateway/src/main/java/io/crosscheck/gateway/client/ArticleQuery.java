package io.crosscheck.gateway.client;

/**
 * The list filters, passed on as the caller wrote them: the article-service validates them and answers
 * 400 with the field names, which the gateway keeps.
 */
public record ArticleQuery(String source, String q, String from, String to, String page, String size) {
}
