package io.crosscheck.nlp.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
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

    /**
     * Writes the ensemble as: int classes, double baseScore * classes, int nTrees, per tree: int nNodes, per node:
     * int feature, double threshold, int left, int right, double value. The model files embed it.
     */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        for (double b : baseScores) {
            out.writeDouble(b);
        }
        out.writeInt(trees.size());
        for (Tree t : trees) {
            out.writeInt(t.feature().length);
            for (int i = 0; i < t.feature().length; i++) {
                out.writeInt(t.feature()[i]);
                out.writeDouble(t.threshold()[i]);
                out.writeInt(t.left()[i]);
                out.writeInt(t.right()[i]);
                out.writeDouble(t.value()[i]);
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    public static BoostedTrees read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        double[] base = new double[classes];
        for (int i = 0; i < classes; i++) {
            base[i] = in.readDouble();
        }
        int nTrees = in.readInt();
        List<Tree> trees = new ArrayList<>(nTrees);
        for (int t = 0; t < nTrees; t++) {
            int nodes = in.readInt();
            int[] feature = new int[nodes];
            double[] threshold = new double[nodes];
            int[] left = new int[nodes];
            int[] right = new int[nodes];
            double[] value = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                feature[i] = in.readInt();
                threshold[i] = in.readDouble();
                left[i] = in.readInt();
                right[i] = in.readInt();
                value[i] = in.readDouble();
            }
            trees.add(new Tree(feature, threshold, left, right, value));
        }
        return new BoostedTrees(classes, base, trees);
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
