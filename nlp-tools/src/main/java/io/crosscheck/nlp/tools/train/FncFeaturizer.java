package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.AnalyzedClaim;
import io.crosscheck.nlp.stance.StanceFeatures;
import io.crosscheck.nlp.stance.StancePipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Feature vectors for FNC-1 pairs, analysing each body and each headline once. */
final class FncFeaturizer {
    private final StancePipeline pipeline;
    private final Map<Integer, String> bodies;
    private final Map<Integer, AnalyzedArticle> articles = new ConcurrentHashMap<>();
    private final Map<String, AnalyzedClaim> claims = new ConcurrentHashMap<>();

    FncFeaturizer(StancePipeline pipeline, Map<Integer, String> bodies) {
        this.pipeline = pipeline;
        this.bodies = bodies;
    }

    double[][] features(List<FncData.Pair> pairs) {
        Set<Integer> bodyIds = new TreeSet<>();
        Set<String> headlines = new TreeSet<>();
        for (FncData.Pair p : pairs) {
            bodyIds.add(p.bodyId());
            headlines.add(p.headline());
        }
        bodyIds.parallelStream().forEach(id -> articles.computeIfAbsent(id,
                k -> pipeline.analyzeArticle(null, bodies.get(k))));
        headlines.parallelStream().forEach(h -> claims.computeIfAbsent(h, pipeline::analyzeClaim));
        double[][] x = new double[pairs.size()][];
        java.util.stream.IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            FncData.Pair p = pairs.get(i);
            x[i] = StanceFeatures.compute(claims.get(p.headline()), articles.get(p.bodyId()));
        });
        return x;
    }

    /** Scores a classifier (trees plus rules) on pairs, reusing the analyses made for their features. */
    FncScore score(io.crosscheck.nlp.stance.StanceClassifier classifier, List<FncData.Pair> pairs) {
        features(pairs); // makes sure every body and headline is analysed
        FncScore score = new FncScore();
        for (FncData.Pair p : pairs) {
            score.add(p.stance(), classifier.classify(claims.get(p.headline()), articles.get(p.bodyId())).stance());
        }
        return score;
    }

    static int[] labels(List<FncData.Pair> pairs) {
        int[] y = new int[pairs.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = pairs.get(i).stance().ordinal();
        }
        return y;
    }
}
