package io.crosscheck.nlp.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
            new ModelHeader(source, featureNames).write(out, MAGIC, VERSION);
            out.writeFloat((float) idf.unknownIdf());
            Map<String, Float> entries = idf.entries();
            out.writeInt(entries.size());
            for (Map.Entry<String, Float> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
            trees.write(out);
        }
    }

    public static StanceModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            ModelHeader header = ModelHeader.read(in, MAGIC, VERSION, StanceFeatures.NAMES, "stance model");
            float unknownIdf = in.readFloat();
            int nStems = in.readInt();
            Map<String, Float> idf = new HashMap<>(nStems * 2);
            for (int i = 0; i < nStems; i++) {
                idf.put(in.readUTF(), in.readFloat());
            }
            return new StanceModel(header.source(), header.featureNames(), new IdfTable(idf, unknownIdf), BoostedTrees.read(in));
        }
    }
}
