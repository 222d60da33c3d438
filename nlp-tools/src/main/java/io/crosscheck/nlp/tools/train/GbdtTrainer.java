package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.BoostedTrees;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A compact multiclass gradient-boosting trainer (softmax loss, second-order leaf values, level-wise
 * trees on 64-bin feature histograms, row and column subsampling). Written here to keep the service
 * free of native or large ML libraries (XGBoost and LightGBM are native, Smile 3+ is GPL); it trains
 * FNC-1's 45k pairs in one to two minutes on 2 cores.
 */
final class GbdtTrainer {
    int rounds = 200;
    double learningRate = 0.1;
    int maxDepth = 6;
    int bins = 64;
    double lambda = 1.0;
    double minChildHessian = 1.0;
    double rowSample = 0.8;
    double colSample = 0.8;
    long seed = 17;
    /** Per-class sample weights (rare classes such as "disagree" get more). */
    double[] classWeights;
    /** Called after every round with the round number and the current ensemble (for progress). */
    java.util.function.BiConsumer<Integer, BoostedTrees> onRound;

    BoostedTrees fit(double[][] x, int[] y, int classes) {
        int n = x.length;
        int features = x[0].length;
        double[][] cuts = new double[features][];
        byte[] binned = new byte[n * features];
        for (int f = 0; f < features; f++) {
            cuts[f] = cutPoints(x, f);
            for (int i = 0; i < n; i++) {
                binned[i * features + f] = (byte) binOf(cuts[f], x[i][f]);
            }
        }
        double[] w = new double[n];
        double[] prior = new double[classes];
        for (int i = 0; i < n; i++) {
            w[i] = classWeights == null ? 1 : classWeights[y[i]];
            prior[y[i]] += w[i];
        }
        double total = Arrays.stream(prior).sum();
        double[] base = new double[classes];
        for (int k = 0; k < classes; k++) {
            base[k] = Math.log(Math.max(prior[k], 1e-9) / total);
        }
        double[][] score = new double[n][];
        for (int i = 0; i < n; i++) {
            score[i] = base.clone();
        }
        Random random = new Random(seed);
        List<BoostedTrees.Tree> trees = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[][] p = new double[n][];
            for (int i = 0; i < n; i++) {
                p[i] = BoostedTrees.softmax(score[i]);
            }
            boolean[] rowIn = new boolean[n];
            for (int i = 0; i < n; i++) {
                rowIn[i] = random.nextDouble() < rowSample;
            }
            boolean[][] colIn = new boolean[classes][features];
            for (int k = 0; k < classes; k++) {
                for (int f = 0; f < features; f++) {
                    colIn[k][f] = random.nextDouble() < colSample;
                }
            }
            BoostedTrees.Tree[] roundTrees = new BoostedTrees.Tree[classes];
            IntConsumer buildClass = k -> {
                double[] g = new double[n];
                double[] h = new double[n];
                for (int i = 0; i < n; i++) {
                    double target = y[i] == k ? 1 : 0;
                    g[i] = w[i] * (p[i][k] - target);
                    h[i] = Math.max(w[i] * p[i][k] * (1 - p[i][k]), 1e-6);
                }
                roundTrees[k] = buildTree(binned, features, cuts, g, h, rowIn, colIn[k]);
            };
            IntStream.range(0, classes).parallel().forEach(buildClass);
            for (int k = 0; k < classes; k++) {
                trees.add(roundTrees[k]);
                for (int i = 0; i < n; i++) {
                    score[i][k] += predict(roundTrees[k], x[i]);
                }
            }
            if (onRound != null) {
                onRound.accept(round + 1, new BoostedTrees(classes, base, trees));
            }
        }
        return new BoostedTrees(classes, base, trees);
    }

    private static double predict(BoostedTrees.Tree t, double[] x) {
        int node = 0;
        while (t.feature()[node] >= 0) {
            node = x[t.feature()[node]] <= t.threshold()[node] ? t.left()[node] : t.right()[node];
        }
        return t.value()[node];
    }

    /** Quantile cut points (distinct), at most bins-1 of them. */
    private double[] cutPoints(double[][] x, int f) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i][f];
        }
        Arrays.sort(v);
        double[] cuts = new double[bins - 1];
        int m = 0;
        for (int b = 1; b < bins; b++) {
            double c = v[(int) ((long) b * (v.length - 1) / bins)];
            if ((m == 0 || c > cuts[m - 1]) && c < v[v.length - 1]) {
                cuts[m++] = c;
            }
        }
        return Arrays.copyOf(cuts, m);
    }

    /** The first bin whose cut is >= value; values above every cut go to the last bin. */
    private static int binOf(double[] cuts, double value) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] >= value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private BoostedTrees.Tree buildTree(byte[] binned, int features, double[][] cuts, double[] g, double[] h,
                                        boolean[] rowIn, boolean[] colIn) {
        int n = g.length;
        List<int[]> structure = new ArrayList<>(); // feature, left, right
        List<Double> thresholds = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<double[]> sums = new ArrayList<>(); // G, H per node
        int[] nodeOf = new int[n];
        double g0 = 0;
        double h0 = 0;
        for (int i = 0; i < n; i++) {
            if (rowIn[i]) {
                g0 += g[i];
                h0 += h[i];
            } else {
                nodeOf[i] = -1;
            }
        }
        structure.add(new int[]{-1, -1, -1});
        thresholds.add(0.0);
        values.add(leaf(g0, h0));
        sums.add(new double[]{g0, h0});
        List<Integer> active = List.of(0);
        for (int depth = 0; depth < maxDepth && !active.isEmpty(); depth++) {
            int[] slotOf = new int[structure.size()];
            Arrays.fill(slotOf, -1);
            for (int s = 0; s < active.size(); s++) {
                slotOf[active.get(s)] = s;
            }
            int stride = features * bins * 2;
            double[] hist = new double[active.size() * stride];
            for (int i = 0; i < n; i++) {
                int node = nodeOf[i];
                if (node < 0 || node >= slotOf.length || slotOf[node] < 0) {
                    continue;
                }
                int base = slotOf[node] * stride;
                int row = i * features;
                double gi = g[i];
                double hi = h[i];
                for (int f = 0; f < features; f++) {
                    int at = base + (f * bins + binned[row + f]) * 2;
                    hist[at] += gi;
                    hist[at + 1] += hi;
                }
            }
            List<Integer> next = new ArrayList<>();
            int[] splitFeature = new int[structure.size()];
            int[] splitBin = new int[structure.size()];
            Arrays.fill(splitFeature, -1);
            for (int s = 0; s < active.size(); s++) {
                int node = active.get(s);
                double gTot = sums.get(node)[0];
                double hTot = sums.get(node)[1];
                double parent = gTot * gTot / (hTot + lambda);
                double bestGain = 1e-6;
                int bestF = -1;
                int bestB = -1;
                double bestGl = 0;
                double bestHl = 0;
                for (int f = 0; f < features; f++) {
                    if (!colIn[f] || cuts[f].length == 0) {
                        continue;
                    }
                    double gl = 0;
                    double hl = 0;
                    int base = s * stride + f * bins * 2;
                    for (int b = 0; b < cuts[f].length; b++) {
                        gl += hist[base + b * 2];
                        hl += hist[base + b * 2 + 1];
                        double gr = gTot - gl;
                        double hr = hTot - hl;
                        if (hl < minChildHessian || hr < minChildHessian) {
                            continue;
                        }
                        double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestF = f;
                            bestB = b;
                            bestGl = gl;
                            bestHl = hl;
                        }
                    }
                }
                if (bestF < 0) {
                    continue;
                }
                int left = structure.size();
                int right = left + 1;
                structure.get(node)[0] = bestF;
                structure.get(node)[1] = left;
                structure.get(node)[2] = right;
                thresholds.set(node, cuts[bestF][bestB]);
                double gr = gTot - bestGl;
                double hr = hTot - bestHl;
                structure.add(new int[]{-1, -1, -1});
                thresholds.add(0.0);
                values.add(leaf(bestGl, bestHl));
                sums.add(new double[]{bestGl, bestHl});
                structure.add(new int[]{-1, -1, -1});
                thresholds.add(0.0);
                values.add(leaf(gr, hr));
                sums.add(new double[]{gr, hr});
                splitFeature[node] = bestF;
                splitBin[node] = bestB;
                next.add(left);
                next.add(right);
            }
            for (int i = 0; i < n; i++) {
                int node = nodeOf[i];
                if (node >= 0 && node < splitFeature.length && splitFeature[node] >= 0) {
                    int f = splitFeature[node];
                    nodeOf[i] = (binned[i * features + f] & 0xff) <= splitBin[node]
                            ? structure.get(node)[1] : structure.get(node)[2];
                }
            }
            active = next;
        }
        int m = structure.size();
        int[] feature = new int[m];
        int[] left = new int[m];
        int[] right = new int[m];
        double[] threshold = new double[m];
        double[] value = new double[m];
        for (int i = 0; i < m; i++) {
            feature[i] = structure.get(i)[0];
            left[i] = structure.get(i)[1];
            right[i] = structure.get(i)[2];
            threshold[i] = thresholds.get(i);
            value[i] = feature[i] >= 0 ? 0 : values.get(i);
        }
        return new BoostedTrees.Tree(feature, threshold, left, right, value);
    }

    private double leaf(double g, double h) {
        return -learningRate * g / (h + lambda);
    }
}
