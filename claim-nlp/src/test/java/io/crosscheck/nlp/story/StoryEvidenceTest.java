package io.crosscheck.nlp.story;

import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(0, evidence.nearestTermCosine(), "not read until asked for");
    }

    @Test
    void theNearestArticleIsTheStoryArticleClosestInTerms() {
        TermVector denial = TermVector.of(Map.of("mayor", 0.6, "deny", 0.8), 100);
        TermVector report = TermVector.of(Map.of("mayor", 0.6, "resign", 0.8), 100);
        TermVector earlierDenial = TermVector.of(Map.of("mayor", 0.8, "deny", 0.6), 100);
        TermVector sum = report.plus(report, 1, 1000).plus(earlierDenial, 1, 1000);
        double nearest = StoryEvidence.nearestTermCosine(denial, List.of(report, earlierDenial, report));
        assertEquals(0.96, nearest, 1e-6, "0.6 x 0.8 + 0.8 x 0.6 with the earlier denial");
        assertEquals(earlierDenial.cosineWithArticle(denial), nearest, 1e-9);
        assertEquals(0, StoryEvidence.nearestTermCosine(denial, List.of()));
        double withSum = sum.cosineWithArticle(denial);
        assertTrue(withSum < nearest, "the sum, mostly the report, reads further: " + withSum);
    }
}
