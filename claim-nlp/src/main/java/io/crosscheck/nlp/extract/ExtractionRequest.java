package io.crosscheck.nlp.extract;

import java.time.LocalDate;

/** One article to extract claims from. {@code publishedDate} anchors relative times; {@code language} is advisory (English models only). */
public record ExtractionRequest(String text, String title, LocalDate publishedDate, String language) {
}
