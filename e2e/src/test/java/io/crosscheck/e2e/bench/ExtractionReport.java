package io.crosscheck.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the JSON results of one or more JMH runs of claim-service's ExtractionBenchmark ({@code -rf json})
 * into the Markdown table of BENCHMARKS.md: each run's score ± error, their median, articles/s and words/s on
 * one core, and extraction's share of bare OpenNLP's throughput. Usage: {@code ExtractionReport run1.json ...}.
 */
public final class ExtractionReport {

    /** The benchmark's article: ExtractionBenchmark.article(1000) draws sentences until it has ≥ 1,000 words. */
    private static final int WORDS = 1000;
    private static final Map<String, String> LABELS = Map.of(
            "extractClaims", "`ClaimExtractor.extract` (full pipeline)",
            "openNlpSentencesTokensTags", "bare OpenNLP: sentences + tokens + POS");

    public static void main(String[] args) throws Exception {
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        String unit = "ms/op";
        for (String file : args) {
            for (JsonNode result : GatewayClient.JSON.readTree(Files.readString(Path.of(file)))) {
                String name = result.path("benchmark").asText();
                name = name.substring(name.lastIndexOf('.') + 1);
                JsonNode metric = result.path("primaryMetric");
                unit = metric.path("scoreUnit").asText(unit);
                runs.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new double[] {metric.path("score").asDouble(), metric.path("scoreError").asDouble()});
            }
        }
        if (!unit.equals("ms/op")) {
            throw new IllegalStateException("expected ms/op, got " + unit);
        }
        System.out.println("| benchmark | runs (ms per article, score ± error) | median | articles/s (one core) | words/s |");
        System.out.println("|---|---|---|---|---|");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String name : List.of("extractClaims", "openNlpSentencesTokensTags")) {
            List<double[]> scores = runs.getOrDefault(name, List.of());
            double median = Bench.median(scores.stream().map(s -> s[0]).toList());
            medians.put(name, median);
            System.out.printf("| %s | %s | **%s ms** | %s | %s |%n", LABELS.get(name),
                    scores.stream().map(s -> String.format(Locale.ENGLISH, "%.1f ± %.1f", s[0], Double.isNaN(s[1]) ? 0 : s[1]))
                            .collect(Collectors.joining(", ")),
                    String.format(Locale.ENGLISH, "%.1f", median), Bench.num(1000 / median), Bench.num(WORDS * 1000 / median));
        }
        double extract = medians.get("extractClaims");
        double bare = medians.get("openNlpSentencesTokensTags");
        System.out.println();
        System.out.printf("- Extraction runs at **%s** of bare OpenNLP's throughput on the same text (target ≥ 0.4): **%s**.%n",
                Bench.ratio(bare / extract), bare / extract >= 0.4 ? "met" : "not met");
        System.out.printf("- Target \"1,000-word article in under 20 ms after warm-up\": **%s** (%s ms median).%n",
                extract < 20 ? "met" : "not met", String.format(Locale.ENGLISH, "%.1f", extract));
        System.out.printf("- %s of JMH (`-f 0`); the extraction steps add %s ms to bare OpenNLP's %s ms.%n",
                args.length == 1 ? "One run" : "Median of " + args.length + " runs",
                String.format(Locale.ENGLISH, "%.1f", extract - bare), String.format(Locale.ENGLISH, "%.1f", bare));
    }
}
