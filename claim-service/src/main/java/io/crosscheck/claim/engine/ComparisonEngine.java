package io.crosscheck.claim.engine;

import io.crosscheck.nlp.compare.ClaimComparator;
import io.crosscheck.nlp.compare.ComparedText;
import io.crosscheck.nlp.compare.Comparison;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The same-fact judgment (trained on MRPC, see claim-nlp's models/compare), loaded once at start-up; it shares the
 * MiniLM session and the stance model's idf table.
 */
@Startup
@ApplicationScoped
public class ComparisonEngine {

    private final ClaimComparator comparator;
    private final SentenceEncoderEngine embedder;

    public ComparisonEngine(SentenceEncoderEngine embedder, StanceEngine stance) {
        this.comparator = ClaimComparator.load(embedder, stance.idf());
        this.embedder = embedder;
    }

    public Comparison compare(String a, String b) {
        return comparator.compare(a, b);
    }

    /** One side of comparisons, read once (its facts and words) to be compared with several others. */
    public ComparedText read(String text, float[] embedding) {
        return comparator.read(text, embedding);
    }

    public Comparison compare(ComparedText a, ComparedText b) {
        return comparator.compare(a, b);
    }

    public float[] embed(String text) {
        return embedder.encode(text);
    }
}
