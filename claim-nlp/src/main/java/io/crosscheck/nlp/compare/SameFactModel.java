package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.stance.BoostedTrees;
import io.crosscheck.nlp.stance.ModelHeader;

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
 * What was learnt from MRPC for the same-fact judgment: the trees over {@link PairFeatures} (class 1 = same fact), the
 * probability from which a pair is the same fact, and the MiniLM cosine from which a pair that is not is still
 * RELATED. Stored gzipped ({@code same-fact-model.bin.gz}):
 * <pre>
 * int magic "XSFM", int version, UTF source, int nFeatures, UTF name * nFeatures,
 * double sameThreshold, double relatedCosine, the trees ({@link BoostedTrees#write})
 * </pre>
 */
public record SameFactModel(String source, List<String> featureNames, double sameThreshold, double relatedCosine,
                            BoostedTrees trees) {
    private static final int MAGIC = 0x5853464d; // "XSFM"
    private static final int VERSION = 1;

    public double sameProbability(double[] features) {
        return trees.probabilities(features)[1];
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            new ModelHeader(source, featureNames).write(out, MAGIC, VERSION);
            out.writeDouble(sameThreshold);
            out.writeDouble(relatedCosine);
            trees.write(out);
        }
    }

    public static SameFactModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            ModelHeader header = ModelHeader.read(in, MAGIC, VERSION, PairFeatures.NAMES, "same-fact model");
            return new SameFactModel(header.source(), header.featureNames(), in.readDouble(), in.readDouble(),
                    BoostedTrees.read(in));
        }
    }
}
