package io.crosscheck.nlp.extract;

/** A number with what it counts or measures, e.g. 12 "workers", 50 "basis points", 4 "percent", 3.5e9 "USD". */
public record Quantity(String text, double value, String unit) {
}
