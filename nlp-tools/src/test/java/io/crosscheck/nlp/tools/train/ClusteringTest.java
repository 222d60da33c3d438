package io.crosscheck.nlp.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void perfectClusteringScoresOne() {
        Clustering.Scores s = Clustering.score(Map.of(1, "a", 2, "a", 3, "b"), Map.of(1, 10, 2, 10, 3, 11));
        assertEquals(1.0, s.pairF1(), 1e-9);
        assertEquals(1.0, s.bcubedF1(), 1e-9);
    }

    @Test
    void everythingInOneClusterHasFullRecallAndLowPrecision() {
        // gold {1,2} {3,4}; predicted {1,2,3,4}: 2 of 6 pairs right; BCubed precision 0.5 for every item.
        Clustering.Scores s = Clustering.score(Map.of(1, "a", 2, "a", 3, "b", 4, "b"), Map.of(1, 0, 2, 0, 3, 0, 4, 0));
        assertEquals(2.0 / 6, s.pairPrecision(), 1e-9);
        assertEquals(1.0, s.pairRecall(), 1e-9);
        assertEquals(0.5, s.bcubedPrecision(), 1e-9);
        assertEquals(1.0, s.bcubedRecall(), 1e-9);
    }

    @Test
    void missingItemsAreSingletons() {
        // gold {1,2,3}; predicted {1,2}, 3 missing: 1 of 3 gold pairs found, BCubed recall (2/3+2/3+1/3)/3.
        Clustering.Scores s = Clustering.score(Map.of(1, "a", 2, "a", 3, "a"), Map.of(1, 7, 2, 7));
        assertEquals(1.0, s.pairPrecision(), 1e-9);
        assertEquals(1.0 / 3, s.pairRecall(), 1e-9);
        assertEquals(5.0 / 9, s.bcubedRecall(), 1e-9);
    }
}
