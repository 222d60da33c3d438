package io.crosscheck.nlp.extract;

/** A time expression and its ISO-8601 value: a date (2025-06-23), week (2025-W25), month (2025-06) or year (2024). */
public record TimeMention(String text, String value) {
}
