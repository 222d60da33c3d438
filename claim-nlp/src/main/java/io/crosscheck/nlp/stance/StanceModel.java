package io.crosscheck.nlp.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Everything learnt from training: the idf table, the feature names the trees were trained on, and
 * the trees. Stored as a gzipped binary file ({@code stance-model.bin.gz}):
 * <pre>
 * int magic "XSTN", int version
 * UTF source (how it was made)
 * int nFeatures, UTF name * nFeatures
 * float unknownIdf, int nStems, (UTF stem, float idf) * nStems
 * int classes, double baseScore * classes, int nTrees,
 *   per tree: int nNodes, per node: int feature, double threshold, int left, int right, double value
 * </pre>
 * A model whose feature names differ from {@link StanceFeatures#NAMES} is refused rather than misread.
 */
public record StanceModel(String source, List<String> featureNames, IdfTable idf, BoostedTrees trees) {
    private static final int MAGIC = 0x5853544e; // "XSTN"
    private static final int VERSION = 1;

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(source);
            out.writeInt(featureNames.size());
            for (String name : featureNames) {
                out.writeUTF(name);
            }
            out.writeFloat((float) idf.unknownIdf());
            Map<String, Float> entries = idf.entries();
            out.writeInt(entries.size());
            for (Map.Entry<String, Float> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
            out.writeInt(trees.classes());
            for (double b : trees.baseScores()) {
                out.writeDouble(b);
            }
            out.writeInt(trees.trees().size());
            for (BoostedTrees.Tree t : trees.trees()) {
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
    }

    public static StanceModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a stance model of version " + VERSION);
            }
            String source = in.readUTF();
            int nFeatures = in.readInt();
            List<String> names = new ArrayList<>(nFeatures);
            for (int i = 0; i < nFeatures; i++) {
                names.add(in.readUTF());
            }
            if (!names.equals(StanceFeatures.NAMES)) {
                throw new IOException("the stance model was trained on other features; retrain it");
            }
            float unknownIdf = in.readFloat();
            int nStems = in.readInt();
            Map<String, Float> idf = new HashMap<>(nStems * 2);
            for (int i = 0; i < nStems; i++) {
                idf.put(in.readUTF(), in.readFloat());
            }
            int classes = in.readInt();
            double[] base = new double[classes];
            for (int i = 0; i < classes; i++) {
                base[i] = in.readDouble();
            }
            int nTrees = in.readInt();
            List<BoostedTrees.Tree> trees = new ArrayList<>(nTrees);
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
                trees.add(new BoostedTrees.Tree(feature, threshold, left, right, value));
            }
            return new StanceModel(source, names, new IdfTable(idf, unknownIdf), new BoostedTrees(classes, base, trees));
        }
    }
}
