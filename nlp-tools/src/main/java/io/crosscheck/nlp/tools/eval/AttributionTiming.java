package io.crosscheck.nlp.tools.eval;

import io.crosscheck.nlp.extract.AttributionModel;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.nlp.text.TextAnalysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rough timing of what the attribution model adds to extraction: per article, bare OpenNLP analysis
 * ({@link TextAnalysis#analyze}), extraction with the rules alone and extraction with the committed model, over the
 * same articles, in interleaved rounds so that a loaded machine slows all three alike; prints the median round of
 * each. The JMH benchmark ({@code bench.ExtractionBenchmark}) is the real measurement.
 * Usage: {@code AttributionTiming DATA_DIR [ROUNDS [BEAM]]}, e.g. {@code ../shared/datasets/polnear/dev 5}; BEAM
 * decodes the model with another beam width than the one it was written with.
 */
public final class AttributionTiming {
    private AttributionTiming() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]).resolve("text"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ClaimExtractor rules = new ClaimExtractor(null);
        AttributionModel model = AttributionModel.loadDefault();
        if (args.length > 2) {
            model = model.withBeam(Integer.parseInt(args[2]));
        }
        ClaimExtractor learned = new ClaimExtractor(model);
        TextAnalysis analysis = TextAnalysis.shared();
        double[][] ms = new double[3][rounds];
        for (int warm = 0; warm < 2; warm++) {
            for (String t : texts) {
                analysis.analyze(t);
                rules.extract(new ExtractionRequest(t, null, null, "en"));
                learned.extract(new ExtractionRequest(t, null, null, "en"));
            }
        }
        for (int r = 0; r < rounds; r++) {
            long[] nanos = new long[3];
            for (String t : texts) {
                long a = System.nanoTime();
                analysis.analyze(t);
                long b = System.nanoTime();
                rules.extract(new ExtractionRequest(t, null, null, "en"));
                long c = System.nanoTime();
                learned.extract(new ExtractionRequest(t, null, null, "en"));
                long d = System.nanoTime();
                nanos[0] += b - a;
                nanos[1] += c - b;
                nanos[2] += d - c;
            }
            for (int i = 0; i < 3; i++) {
                ms[i][r] = nanos[i] / 1e6 / texts.size();
            }
        }
        String[] names = {"bare OpenNLP analysis", "extraction, rules", "extraction, model"};
        double bare = median(ms[0]);
        for (int i = 0; i < 3; i++) {
            double m = median(ms[i]);
            System.out.printf("%-22s %6.1f ms per article (median of %d rounds, %.2fx bare)%n", names[i], m, rounds,
                    m / bare);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
