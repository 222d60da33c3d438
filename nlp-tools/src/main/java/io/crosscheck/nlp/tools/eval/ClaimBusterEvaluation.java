package io.crosscheck.nlp.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores {@code checkworthiness} on ClaimBuster sentences: each sentence is extracted on its own; its score is the
 * highest checkworthiness of its claims, 0 when the extractor keeps no claim. Prints precision, recall and F1 of
 * "check-worthy" at threshold 0.5 and the ROC AUC. Usage: {@code ClaimBusterEvaluation [path/to/train.json]}.
 */
public final class ClaimBusterEvaluation {
    private ClaimBusterEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../../shared/datasets/claimbuster/train.json");
        JsonNode rows = new ObjectMapper().readTree(file.toFile());
        ClaimExtractor extractor = new ClaimExtractor();
        List<double[]> scored = new ArrayList<>();
        for (JsonNode row : rows) {
            List<ExtractedClaim> claims = extractor.extract(new ExtractionRequest(row.get("text").asText(), null, null, "en"));
            double score = claims.stream().mapToDouble(ExtractedClaim::checkworthiness).max().orElse(0.0);
            scored.add(new double[]{score, row.get("label").asInt()});
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean predicted = s[0] >= 0.5;
            boolean actual = s[1] == 1;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("ClaimBuster %s: n=%d  threshold 0.5: P=%.3f R=%.3f F1=%.3f  ROC AUC=%.3f%n", ClaimExtractor.VERSION,
                scored.size(), precision, recall, f1, auc(scored));
    }

    /** Mann-Whitney AUC with ties counted half. */
    static double auc(List<double[]> scored) {
        List<double[]> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(s -> s[0]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k)[1] == 1) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = sorted.size() - positives;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
