package io.crosscheck.nlp.stance;

/** A sentence of the classified text, with its character offsets into that text ({@code end} exclusive). */
public record Evidence(String sentence, int start, int end) {
}
