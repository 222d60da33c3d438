package io.crosscheck.nlp.embed;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures closeness of meaning ({@link Vectors}).
 * An interface so that the service can put a cache of recent sentences in front of the model, and training a
 * disk cache.
 */
public interface SentenceEncoder {
    /** One L2-normalised vector per sentence, in order. */
    float[][] encode(List<String> sentences);

    default float[] encode(String sentence) {
        return encode(List.of(sentence))[0];
    }
}
