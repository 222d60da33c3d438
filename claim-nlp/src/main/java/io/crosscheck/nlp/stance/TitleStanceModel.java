package io.crosscheck.nlp.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What was learnt from Emergent's headlines for the stance of a headline toward a claim: a multinomial logistic
 * regression (maxent, trained by OpenNLP's L-BFGS with L2 in {@code nlp-tools}' {@code TrainTitleStanceModel}) over
 * the standardised {@link TitleStanceFeatures}, three classes in {@link Stance} order (SUPPORTS, DENIES, DISCUSSES;
 * relatedness stays the body model's call). Cross-validated, it beat our boosted trees on these 2,071 pairs (see
 * {@code claim-nlp/docs/stance.md}). Stored gzipped ({@code title-stance-model.bin.gz}):
 * <pre>
 * int magic "XTST", int version, UTF source, int nFeatures, UTF name * nFeatures,
 * double mean * nFeatures, double scale * nFeatures, (double weight * nFeatures, double bias) * 3 classes
 * </pre>
 * A class's score is {@code bias + sum weight[j] * (x[j] - mean[j]) / scale[j]}; probabilities are their softmax.
 */
public record TitleStanceModel(String source, List<String> featureNames, double[] mean, double[] scale,
                               double[][] weights, double[] bias) {
    private static final int MAGIC = 0x58545354; // "XTST"
    private static final int VERSION = 1;
    /** SUPPORTS, DENIES, DISCUSSES: the first three {@link Stance}s. */
    public static final int CLASSES = 3;

    public TitleStanceModel {
        int d = featureNames.size();
        if (mean.length != d || scale.length != d || weights.length != CLASSES || bias.length != CLASSES) {
            throw new IllegalArgumentException("a title stance model needs " + d + " means, scales and weights per class");
        }
        for (double[] w : weights) {
            if (w.length != d) {
                throw new IllegalArgumentException("a title stance model needs " + d + " weights per class");
            }
        }
    }

    /** Probabilities of SUPPORTS, DENIES and DISCUSSES (indexed by {@link Stance#ordinal()}). */
    public double[] probabilities(double[] features) {
        double[] score = bias.clone();
        for (int j = 0; j < mean.length; j++) {
            double z = (features[j] - mean[j]) / scale[j];
            for (int c = 0; c < CLASSES; c++) {
                score[c] += weights[c][j] * z;
            }
        }
        return BoostedTrees.softmax(score);
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            new ModelHeader(source, featureNames).write(out, MAGIC, VERSION);
            for (double m : mean) {
                out.writeDouble(m);
            }
            for (double s : scale) {
                out.writeDouble(s);
            }
            for (int c = 0; c < CLASSES; c++) {
                for (double w : weights[c]) {
                    out.writeDouble(w);
                }
                out.writeDouble(bias[c]);
            }
        }
    }

    public static TitleStanceModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            ModelHeader header = ModelHeader.read(in, MAGIC, VERSION, TitleStanceFeatures.NAMES, "title stance model");
            int d = header.featureNames().size();
            double[] mean = new double[d];
            double[] scale = new double[d];
            double[][] weights = new double[CLASSES][d];
            double[] bias = new double[CLASSES];
            for (int j = 0; j < d; j++) {
                mean[j] = in.readDouble();
            }
            for (int j = 0; j < d; j++) {
                scale[j] = in.readDouble();
            }
            for (int c = 0; c < CLASSES; c++) {
                for (int j = 0; j < d; j++) {
                    weights[c][j] = in.readDouble();
                }
                bias[c] = in.readDouble();
            }
            return new TitleStanceModel(header.source(), header.featureNames(), mean, scale, weights, bias);
        }
    }
}
