package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.BoostedTrees;
import io.crosscheck.nlp.stance.IdfTable;
import io.crosscheck.nlp.stance.StanceFeatures;
import io.crosscheck.nlp.stance.StanceModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GbdtTrainerTest {
    /** Three classes decided by two features in a way no single split can capture. */
    @Test
    void learnsAnInteraction() {
        Random r = new Random(1);
        int n = 3000;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            x[i] = new double[]{a, b, r.nextDouble()};
            y[i] = a < 0.5 ? (b < 0.5 ? 0 : 1) : (b < 0.5 ? 1 : 2);
        }
        GbdtTrainer trainer = new GbdtTrainer();
        trainer.rounds = 40;
        trainer.maxDepth = 3;
        BoostedTrees trees = trainer.fit(x, y, 3);
        int right = 0;
        for (int i = 0; i < n; i++) {
            double[] p = trees.probabilities(x[i]);
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            right += best == y[i] ? 1 : 0;
        }
        assertTrue(right > 0.97 * n, "accuracy " + right / (double) n);
    }

    @Test
    void modelFileRoundTrips() throws Exception {
        Random r = new Random(2);
        int features = StanceFeatures.NAMES.size();
        double[][] x = new double[500][features];
        int[] y = new int[500];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < features; f++) {
                x[i][f] = r.nextGaussian();
            }
            y[i] = x[i][0] > 0 ? (x[i][1] > 0 ? 0 : 1) : (x[i][2] > 0 ? 2 : 3);
        }
        GbdtTrainer trainer = new GbdtTrainer();
        trainer.rounds = 5;
        BoostedTrees trees = trainer.fit(x, y, 4);
        IdfTable idf = IdfTable.fit(List.of(List.of("rate", "bank"), List.of("bank", "goal"), List.of("goal", "bank")));
        StanceModel model = new StanceModel("test", StanceFeatures.NAMES, idf, trees);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        StanceModel back = StanceModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(trees.probabilities(x[i]), back.trees().probabilities(x[i]), 1e-12);
        }
        assertTrue(Math.abs(idf.idf("bank") - back.idf().idf("bank")) < 1e-6);
        assertTrue(Math.abs(idf.idf("unseen") - back.idf().idf("unseen")) < 1e-6);
    }
}
