package io.crosscheck.claim.analysis.stance;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures closeness of meaning.
 * An interface so that training can put a disk cache in front of the real model.
 */
public interface SentenceEncoder {
    /** One L2-normalised vector per sentence, in order. */
    float[][] encode(List<String> sentences);
}
