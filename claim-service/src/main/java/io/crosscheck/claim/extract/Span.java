package io.crosscheck.claim.extract;

/** Character offsets [start, end) into the request text. */
public record Span(int start, int end) {
}
