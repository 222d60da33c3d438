package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.stance.ModelHeader;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned attribution tagger: an OpenNLP maximum-entropy model over {@link AttributionFeatures} (a
 * maximum-entropy Markov model: the previous two tags are features), decoded sentence by sentence (greedy by
 * default, or with a small beam) where an I- tag only continues a span of its own part. Trained on PolNeAR's train split by
 * {@code nlp-tools} {@code TrainAttributionModel}; the committed file is
 * {@value #RESOURCE} (layout: gzip of {@link ModelHeader} with {@link #MAGIC}/{@link #VERSION}, int beam size, int
 * length and the OpenNLP model in its own binary format). Immutable and thread-safe.
 */
public final class AttributionModel {
    public static final String RESOURCE = "/models/attribution/attribution-model.bin.gz";
    static final int MAGIC = 0x41545452; // "ATTR"
    static final int VERSION = 1;
    public static final int DEFAULT_BEAM = 1;

    private final MaxentModel model;
    private final String source;
    private final int beam;
    private final int[] outcomeOf = new int[AttributionLabel.values().length];

    public AttributionModel(MaxentModel model, String source, int beam) {
        this.model = model;
        this.source = source;
        this.beam = beam;
        for (AttributionLabel label : AttributionLabel.values()) {
            outcomeOf[label.ordinal()] = model.getIndex(label.name());
        }
    }

    /** The committed model, or null when the jar carries none (extraction then uses its rules alone). */
    public static AttributionModel loadDefault() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static AttributionModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        ModelHeader header = ModelHeader.read(in, MAGIC, VERSION, AttributionFeatures.TEMPLATES, "attribution model");
        int beam = in.readInt();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        AbstractModel model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                .getModel();
        return new AttributionModel(model, header.source(), beam);
    }

    public void write(OutputStream raw) throws IOException {
        ByteArrayOutputStream modelBytes = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(modelBytes)).persist();
        GZIPOutputStream gzip = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(gzip);
        new ModelHeader(source, AttributionFeatures.TEMPLATES).write(out, MAGIC, VERSION);
        out.writeInt(beam);
        out.writeInt(modelBytes.size());
        modelBytes.writeTo(out);
        out.flush();
        gzip.finish();
    }

    /** The same model decoded with another beam width (1: greedy, the cheapest). */
    public AttributionModel withBeam(int width) {
        return new AttributionModel(model, source, width);
    }

    public int beam() {
        return beam;
    }

    public String source() {
        return source;
    }

    /** The tags of every token of the article, sentence by sentence. */
    public AttributionLabel[][] tag(AttributionFeatures features) {
        int sentences = features.sentences().size();
        AttributionLabel[][] out = new AttributionLabel[sentences][];
        AttributionLabel previousSentenceEnd = null;
        for (int k = 0; k < sentences; k++) {
            out[k] = tagSentence(features, k, previousSentenceEnd);
            previousSentenceEnd = out[k].length == 0 ? previousSentenceEnd : out[k][out[k].length - 1];
        }
        return out;
    }

    private record Path(AttributionLabel[] labels, double logProbability) {
    }

    private record Step(Path from, AttributionLabel label, double logProbability) {
    }

    private AttributionLabel[] tagSentence(AttributionFeatures features, int k, AttributionLabel previousSentenceEnd) {
        int n = features.sentences().get(k).size();
        List<Path> paths = List.of(new Path(new AttributionLabel[n], 0));
        AttributionLabel[] labels = AttributionLabel.values();
        List<Step> steps = new ArrayList<>(beam * labels.length);
        for (int i = 0; i < n; i++) {
            steps.clear();
            for (Path path : paths) {
                AttributionLabel previous = i > 0 ? path.labels[i - 1] : null;
                AttributionLabel beforePrevious = i > 1 ? path.labels[i - 2] : null;
                double[] p = model.eval(features.context(k, i, previous, beforePrevious, previousSentenceEnd));
                for (AttributionLabel label : labels) {
                    int outcome = outcomeOf[label.ordinal()];
                    if (outcome >= 0 && label.mayFollow(previous)) {
                        steps.add(new Step(path, label, path.logProbability + Math.log(p[outcome] + 1e-12)));
                    }
                }
            }
            steps.sort(Comparator.comparingDouble(Step::logProbability).reversed());
            List<Path> next = new ArrayList<>(beam);
            for (Step step : steps.subList(0, Math.min(beam, steps.size()))) {
                AttributionLabel[] extended = step.from.labels.clone();
                extended[i] = step.label;
                next.add(new Path(extended, step.logProbability));
            }
            paths = next;
        }
        return paths.get(0).labels;
    }
}
