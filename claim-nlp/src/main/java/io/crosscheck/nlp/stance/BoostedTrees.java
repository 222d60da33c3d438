package io.crosscheck.nlp.stance;

import java.util.List;

/**
 * A multiclass gradient-boosted tree ensemble (softmax over per-class scores), as trained by the
 * project's own trainer. Each tree is stored as flat arrays; a node with feature -1 is a leaf.
 * Immutable and thread-safe.
 */
public final class BoostedTrees {
    /** One regression tree: at node i go left when x[feature[i]] <= threshold[i]. */
    public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        double predict(double[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return value[node];
        }
    }

    private final int classes;
    private final double[] baseScores;
    /** trees.get(round * classes + k) adds to class k's score. */
    private final List<Tree> trees;

    public BoostedTrees(int classes, double[] baseScores, List<Tree> trees) {
        this.classes = classes;
        this.baseScores = baseScores.clone();
        this.trees = List.copyOf(trees);
    }

    public int classes() {
        return classes;
    }

    public double[] baseScores() {
        return baseScores.clone();
    }

    public List<Tree> trees() {
        return trees;
    }

    public double[] probabilities(double[] x) {
        double[] scores = baseScores.clone();
        for (int t = 0; t < trees.size(); t++) {
            scores[t % classes] += trees.get(t).predict(x);
        }
        return softmax(scores);
    }

    public static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
