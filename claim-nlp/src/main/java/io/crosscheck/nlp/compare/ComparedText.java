package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.extract.FactReader;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.List;

/** One side of a comparison, read once: its facts, its lower-cased words, their content stems and its MiniLM vector. */
public record ComparedText(String text, FactReader.Facts facts, List<String> words, List<String> contentStems,
                           float[] embedding) {

    /** @param embedding the text's MiniLM vector */
    public static ComparedText read(FactReader reader, String text, float[] embedding) {
        List<String> words = TextAnalysis.words(text);
        return new ComparedText(text, reader.read(text), words, TextAnalysis.contentStems(words), embedding);
    }
}
