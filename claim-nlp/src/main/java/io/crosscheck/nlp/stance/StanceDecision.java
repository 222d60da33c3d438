package io.crosscheck.nlp.stance;

/**
 * Picks a stance from the model's probabilities (indexed by {@link Stance#ordinal()}) by the best
 * expected FNC-1 score rather than the top probability: getting related/unrelated right is worth 0.25
 * and the exact related stance 0.75 more, so when the model hesitates between "related" stances and
 * UNRELATED, a related call usually pays.
 */
public final class StanceDecision {
    private StanceDecision() {
    }

    public static Stance decide(double[] p) {
        Stance best = Stance.UNRELATED;
        double bestScore = -1;
        for (Stance candidate : Stance.values()) {
            double score = 0;
            for (Stance truth : Stance.values()) {
                score += p[truth.ordinal()] * reward(candidate, truth);
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** FNC-1's score for predicting {@code predicted} when the truth is {@code truth}. */
    public static double reward(Stance predicted, Stance truth) {
        if (predicted.isRelated() != truth.isRelated()) {
            return 0;
        }
        if (!truth.isRelated()) {
            return 0.25;
        }
        return predicted == truth ? 1.0 : 0.25;
    }
}
