package io.crosscheck.nlp.extract;

/** Character offsets [start, end) into the request text. */
public record Span(int start, int end) {
}
