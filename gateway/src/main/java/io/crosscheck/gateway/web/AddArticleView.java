package io.crosscheck.gateway.web;

/** The add-article form; nothing to fill in server-side but the role a token needs. */
public record AddArticleView(String role) {
}
