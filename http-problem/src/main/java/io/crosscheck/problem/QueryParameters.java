package io.crosscheck.problem;

import java.util.List;

/**
 * Query parameters read by hand rather than bound by JAX-RS: a bound {@code int} answers a malformed value with a
 * bare 404, where the contract asks for a 400 naming the field. Errors are collected so that one answer names
 * every bad field.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The parameter as an integer in [min, max]; the fallback when it is absent or blank. A malformed or
     * out-of-range value adds a field error (and gives the fallback, or the value as parsed).
     */
    public static int integer(String field, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(field, "must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be an integer"));
            return fallback;
        }
    }

    /**
     * The parameter as one of the allowed words (case as given), the fallback when absent or blank; anything else
     * adds a field error naming the allowed words (and gives the fallback).
     */
    public static String oneOf(String field, String value, String fallback, List<String> allowed, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String word = value.strip();
        if (!allowed.contains(word)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
            return fallback;
        }
        return word;
    }
}
