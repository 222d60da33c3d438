package io.crosscheck.nlp.tools.eval;

import io.crosscheck.nlp.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails when any field of the evaluation set falls below the level reached (thresholds sit a little under the
 * measured figures, see src/test/resources/eval/README.md). Prints the table on every run.
 */
class ExtractionEvaluationTest {
    /** Minimum precision and recall per field. */
    private static final Map<String, Double> FLOOR = Map.of("detection", 0.95, "claimant", 0.93, "attribution", 0.93,
            "polarity", 0.9, "hedged", 0.9, "hedges", 0.9, "times", 0.95, "quantities", 0.95, "entities", 0.9);

    @Test
    void everyFieldStaysAtTheMeasuredLevel() throws IOException {
        ExtractionEvaluation evaluation = ExtractionEvaluation.run(new ClaimExtractor(), ExtractionEvaluation.DEFAULT_DIR);
        System.out.println(evaluation.table());
        evaluation.notes().forEach(n -> System.out.println("  " + n));
        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, ExtractionEvaluation.Score> e : evaluation.scores().entrySet()) {
            double floor = FLOOR.get(e.getKey());
            if (e.getValue().precision() < floor || e.getValue().recall() < floor) {
                failures.append(e.getKey()).append(" below ").append(floor).append("; ");
            }
        }
        assertTrue(failures.length() == 0, failures + "\n" + evaluation.table());
    }
}
