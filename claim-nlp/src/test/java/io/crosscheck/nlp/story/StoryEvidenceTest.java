package io.crosscheck.nlp.story;

import org.junit.jupiter.api.Test;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What ties an article to a story, computed once for the claim-service and the trainer. */
class StoryEvidenceTest {

    @Test
    void centroidCosineOfAStorySumIsTakenByDirection() {
        assertEquals(0.6, StoryEvidence.centroidCosine(new float[] {1, 0}, new float[] {15, 20}), 1e-6);
        assertEquals(0, StoryEvidence.centroidCosine(null, new float[] {1, 0}), "filed before centroids: unknown");
    }

    @Test
    void theEvidenceHoldsBothCosinesAndTheKeyScore() {
        TermVector article = TermVector.of(Map.of("bridge", 0.6, "crack", 0.8), 100);
        StoryEvidence evidence = StoryEvidence.of(article, new float[] {1, 0}, article, new float[] {15, 20}, 0.4);
        assertEquals(1.0, evidence.termCosine(), 1e-6);
        assertEquals(0.6, evidence.centroidCosine(), 1e-6);
        assertEquals(0.4, evidence.keyScore());
    }
}
