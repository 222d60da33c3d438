package io.crosscheck.claim.api;

/** One field at fault in a request: {@code field} is its JSON name (or query parameter), {@code message} why. */
public record FieldError(String field, String message) {
}
