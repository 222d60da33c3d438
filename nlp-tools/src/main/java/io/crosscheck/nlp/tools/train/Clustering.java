package io.crosscheck.nlp.tools.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering of items against gold clusters: pairwise precision/recall/F1 (over all pairs of items
 * placed together) and BCubed precision/recall/F1 (per item, averaged). Items missing from the predicted
 * clustering count as singletons.
 */
public final class Clustering {

    public record Scores(double pairPrecision, double pairRecall, double pairF1, double bcubedPrecision,
                         double bcubedRecall, double bcubedF1) {
    }

    private Clustering() {
    }

    /**
     * @param gold      item → gold cluster
     * @param predicted item → predicted cluster (absent: a singleton)
     */
    public static <I, G, P> Scores score(Map<I, G> gold, Map<I, P> predicted) {
        List<I> items = List.copyOf(gold.keySet());
        Map<Object, Integer> predictedSizes = new HashMap<>();
        Map<G, Integer> goldSizes = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (I item : items) {
            Object p = predictedCluster(predicted, item);
            G g = gold.get(item);
            predictedSizes.merge(p, 1, Integer::sum);
            goldSizes.merge(g, 1, Integer::sum);
            both.merge(List.of(p, g), 1, Integer::sum);
        }
        long truePairs = both.values().stream().mapToLong(Clustering::pairs).sum();
        long predictedPairs = predictedSizes.values().stream().mapToLong(Clustering::pairs).sum();
        long goldPairs = goldSizes.values().stream().mapToLong(Clustering::pairs).sum();
        double pairPrecision = predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        double bPrecision = 0;
        double bRecall = 0;
        for (I item : items) {
            Object p = predictedCluster(predicted, item);
            G g = gold.get(item);
            int overlap = both.get(List.of(p, g));
            bPrecision += (double) overlap / predictedSizes.get(p);
            bRecall += (double) overlap / goldSizes.get(g);
        }
        bPrecision /= items.size();
        bRecall /= items.size();
        return new Scores(pairPrecision, pairRecall, f1(pairPrecision, pairRecall), bPrecision, bRecall,
                f1(bPrecision, bRecall));
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }

    /** A missing item is its own cluster: a key no other item shares. */
    private static <I, P> Object predictedCluster(Map<I, P> predicted, I item) {
        P p = predicted.get(item);
        return p != null ? p : List.of("singleton", Objects.requireNonNull(item));
    }
}
