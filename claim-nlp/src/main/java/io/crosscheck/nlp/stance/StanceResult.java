package io.crosscheck.nlp.stance;

import java.util.List;

/**
 * The stance of a text towards a claim, the model's probability for it, and the sentences of the text
 * that bear most on the claim (for DENIES the refuting sentence comes first; empty for UNRELATED).
 */
public record StanceResult(Stance stance, double confidence, List<Evidence> evidence) {
    public StanceResult {
        evidence = List.copyOf(evidence);
    }
}
