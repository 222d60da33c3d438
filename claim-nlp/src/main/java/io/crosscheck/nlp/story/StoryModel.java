package io.crosscheck.nlp.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an article belongs to a story: a logistic regression over {@link StoryEvidence} features, and the
 * probability from which the article joins. Both are learnt from FNC-1's rumours (real multi-outlet coverage with
 * known membership) by nlp-tools {@code TrainStoryModel}: the weights by fitting article-to-story pairs, the threshold
 * by clustering the training rumours online, as the claim-service files articles, and keeping the one with the best
 * pairwise F1. The committed file is {@value #RESOURCE}, a few lines of text:
 * <pre>
 * source &lt;what it was trained on&gt;
 * weight terms 16.0
 * weight centroid 6.0
 * weight nearest 2.9
 * bias -11.5
 * threshold 0.07
 * </pre>
 * Immutable.
 */
public record StoryModel(String source, List<String> features, double[] weights, double bias, double threshold) {

    public static final String RESOURCE = "/models/story/story-model.txt";

    public StoryModel {
        features = List.copyOf(features);
        weights = weights.clone();
        if (features.size() != weights.length) {
            throw new IllegalArgumentException(features.size() + " features, " + weights.length + " weights");
        }
        StoryEvidence probe = new StoryEvidence(0, 0, 0);
        features.forEach(probe::feature);  // an unknown name fails here, at load, not on the first article
    }

    /** The committed model. */
    public static StoryModel loadDefault() {
        try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static StoryModel read(InputStream raw) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        String source = "";
        List<String> features = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Double bias = null;
        Double threshold = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] parts = line.strip().split("\\s+", 3);
            switch (parts[0]) {
                case "", "#" -> { }
                case "source" -> source = parts.length > 1 ? line.strip().substring("source".length()).strip() : "";
                case "weight" -> {
                    features.add(parts[1]);
                    weights.add(Double.parseDouble(parts[2]));
                }
                case "bias" -> bias = Double.parseDouble(parts[1]);
                case "threshold" -> threshold = Double.parseDouble(parts[1]);
                default -> throw new IOException("unknown line in story model: " + line);
            }
        }
        if (bias == null || threshold == null || features.isEmpty()) {
            throw new IOException("a story model needs weights, a bias and a threshold");
        }
        return new StoryModel(source, features, weights.stream().mapToDouble(Double::doubleValue).toArray(), bias, threshold);
    }

    public void write(Writer out) throws IOException {
        out.write("source " + source + "\n");
        for (int i = 0; i < features.size(); i++) {
            out.write(String.format(Locale.ROOT, "weight %s %.6f%n", features.get(i), weights[i]));
        }
        out.write(String.format(Locale.ROOT, "bias %.6f%nthreshold %.4f%n", bias, threshold));
        out.flush();
    }

    /** The probability that the article is about the story's event. */
    public double probability(StoryEvidence evidence) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * evidence.feature(features.get(i));
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the evidence is enough for the article to join the story. */
    public boolean admits(StoryEvidence evidence) {
        return probability(evidence) >= threshold;
    }

    /** Whether the model compares the article with the story's articles one by one ({@code nearest}). */
    public boolean readsStoryArticles() {
        return features.contains("nearest");
    }

    /**
     * Whether the evidence could reach the threshold for some nearest article's cosine (0 to 1): only such stories
     * are worth reading article by article. The model is linear in it, so one of the two ends decides.
     */
    public boolean mayAdmit(StoryEvidence evidence) {
        return admits(evidence.withNearest(0)) || admits(evidence.withNearest(1));
    }

    /** The same weights with another joining threshold (the trainer tries several). */
    public StoryModel withThreshold(double newThreshold) {
        return new StoryModel(source, features, weights, bias, newThreshold);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryModel m && source.equals(m.source) && features.equals(m.features)
                && java.util.Arrays.equals(weights, m.weights) && bias == m.bias && threshold == m.threshold;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, features, java.util.Arrays.hashCode(weights), bias, threshold);
    }
}
