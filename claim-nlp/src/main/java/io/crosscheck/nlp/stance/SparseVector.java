package io.crosscheck.nlp.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An L2-normalised TF-IDF vector over stems. */
final class SparseVector {
    private final Map<String, Double> weights;

    private SparseVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Sublinear term frequency (1 + ln tf) times idf, normalised: long bodies don't win by repetition. */
    static SparseVector tfidf(List<String> stems, IdfTable idf) {
        Map<String, Integer> tf = new HashMap<>();
        for (String s : stems) {
            tf.merge(s, 1, Integer::sum);
        }
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf.idf(e.getKey());
            w.put(e.getKey(), v);
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (Map.Entry<String, Double> e : w.entrySet()) {
                e.setValue(e.getValue() / norm);
            }
        }
        return new SparseVector(w);
    }

    /** The weights, read-only. */
    Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }

    double cosine(SparseVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                s += e.getValue() * v;
            }
        }
        return s;
    }
}
