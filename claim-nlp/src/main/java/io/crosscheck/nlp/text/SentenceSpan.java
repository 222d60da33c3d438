package io.crosscheck.nlp.text;

/** A sentence of a text: its original wording and its offsets into that text ({@code end} exclusive). */
public record SentenceSpan(String text, int start, int end) {
}
