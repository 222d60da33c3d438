package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.stance.StanceDecision;

import java.util.Locale;

/** FNC-1 score, confusion matrix and per-class precision/recall/F1. */
final class FncScore {
    private final int[][] confusion = new int[4][4]; // [truth][predicted]

    void add(Stance truth, Stance predicted) {
        confusion[truth.ordinal()][predicted.ordinal()]++;
    }

    double score() {
        double got = 0;
        double max = 0;
        for (Stance t : Stance.values()) {
            for (Stance p : Stance.values()) {
                got += confusion[t.ordinal()][p.ordinal()] * StanceDecision.reward(p, t);
                max += confusion[t.ordinal()][p.ordinal()] * StanceDecision.reward(t, t);
            }
        }
        return 100 * got / max;
    }

    double relatedAccuracy() {
        int right = 0;
        int all = 0;
        for (Stance t : Stance.values()) {
            for (Stance p : Stance.values()) {
                all += confusion[t.ordinal()][p.ordinal()];
                if (t.isRelated() == p.isRelated()) {
                    right += confusion[t.ordinal()][p.ordinal()];
                }
            }
        }
        return 100.0 * right / all;
    }

    double f1(Stance s) {
        int k = s.ordinal();
        int tp = confusion[k][k];
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < 4; i++) {
            predicted += confusion[i][k];
            actual += confusion[k][i];
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = actual == 0 ? 0 : (double) tp / actual;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "FNC-1 score: %.2f%%%n", score()));
        sb.append(String.format(Locale.ROOT, "related/unrelated accuracy: %.2f%%%n", relatedAccuracy()));
        double macro = 0;
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s%n", "class", "precision", "recall", "F1", "n"));
        for (Stance s : Stance.values()) {
            int k = s.ordinal();
            int tp = confusion[k][k];
            int predicted = 0;
            int actual = 0;
            for (int i = 0; i < 4; i++) {
                predicted += confusion[i][k];
                actual += confusion[k][i];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = actual == 0 ? 0 : (double) tp / actual;
            macro += f1(s) / 4;
            sb.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %7d%n", s, p, r, f1(s), actual));
        }
        sb.append(String.format(Locale.ROOT, "macro F1: %.3f%n", macro));
        sb.append("confusion (rows = truth, columns = predicted):\n");
        sb.append(String.format(Locale.ROOT, "%-10s", ""));
        for (Stance s : Stance.values()) {
            sb.append(String.format(Locale.ROOT, "%10s", s));
        }
        sb.append('\n');
        for (Stance t : Stance.values()) {
            sb.append(String.format(Locale.ROOT, "%-10s", t));
            for (Stance p : Stance.values()) {
                sb.append(String.format(Locale.ROOT, "%10d", confusion[t.ordinal()][p.ordinal()]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
