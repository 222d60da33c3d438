package io.crosscheck.nlp.stance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency of stems, learnt from the training bodies: a rare shared word (a name, a
 * place) says far more about two texts being on one story than a common one. Immutable.
 */
public final class IdfTable {
    private final Map<String, Float> idf;
    private final float unknownIdf;

    IdfTable(Map<String, Float> idf, float unknownIdf) {
        this.idf = Map.copyOf(idf);
        this.unknownIdf = unknownIdf;
    }

    /** Smoothed idf, ln((N+1)/(df+1)) + 1, over documents given as their stems; stems seen once are dropped. */
    public static IdfTable fit(Collection<? extends Collection<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> doc : documents) {
            Set<String> seen = new HashSet<>(doc);
            for (String s : seen) {
                df.merge(s, 1, Integer::sum);
            }
        }
        int n = documents.size();
        Map<String, Float> idf = new HashMap<>();
        df.forEach((stem, count) -> {
            if (count > 1) {
                idf.put(stem, (float) (Math.log((n + 1.0) / (count + 1.0)) + 1.0));
            }
        });
        // Unseen stems are as rare as it gets: give them the idf of a stem seen once.
        return new IdfTable(idf, (float) (Math.log((n + 1.0) / 2.0) + 1.0));
    }

    public double idf(String stem) {
        return idf.getOrDefault(stem, unknownIdf);
    }

    double unknownIdf() {
        return unknownIdf;
    }

    Map<String, Float> entries() {
        return idf;
    }
}
