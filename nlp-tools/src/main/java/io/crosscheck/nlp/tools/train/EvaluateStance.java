package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.AnalyzedClaim;
import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.stance.StanceClassifier;
import io.crosscheck.nlp.stance.StanceModel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints FNC-1 dev figures for a stance model: score, per-class precision/recall/F1, confusion matrix,
 * related/unrelated accuracy, then load time and per-call latency of the real classifier.
 * <pre>EvaluateStance &lt;fnc1-dir&gt; [model-file]</pre> (default: the model on the classpath).
 */
public final class EvaluateStance {
    private EvaluateStance() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        StanceModel model;
        try (InputStream in = args.length > 1 ? Files.newInputStream(Path.of(args[1]))
                : EvaluateStance.class.getResourceAsStream(StanceClassifier.MODEL_RESOURCE)) {
            model = StanceModel.read(in);
        }
        System.out.println("model: " + model.source());
        Map<Integer, String> bodies = FncData.bodies(dir);
        List<FncData.Pair> dev = FncData.pairs(dir.resolve("dev_stances.csv"));
        String cacheProp = System.getProperty("stance.embeddingCache");
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder(),
                cacheProp == null ? null : Path.of(cacheProp));
        // The product's classifier: headline-only articles would go to the committed title model. FNC-1 has no titles,
        // so every pair takes the body path, and the figures are the body model's.
        StanceClassifier classifier = StanceClassifier.create(model, StanceClassifier.loadTitleModel(), encoder, true);
        StanceClassifier treesOnly = StanceClassifier.create(model, encoder, false);
        FncScore score = new FncScore();
        FncScore treesOnlyScore = new FncScore();
        Map<Integer, AnalyzedArticle> articles = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, AnalyzedClaim> claims = new java.util.concurrent.ConcurrentHashMap<>();
        for (FncData.Pair p : dev) {
            AnalyzedArticle a = articles.computeIfAbsent(p.bodyId(), id -> classifier.pipeline().analyzeArticle(null, bodies.get(id)));
            AnalyzedClaim c = claims.computeIfAbsent(p.headline(), classifier.pipeline()::analyzeClaim);
            score.add(p.stance(), classifier.classify(c, a).stance());
            treesOnlyScore.add(p.stance(), treesOnly.classify(c, a).stance());
        }
        encoder.save();
        System.out.printf(Locale.ROOT, "dev pairs: %d%n", dev.size());
        System.out.println("--- trees + explicit denial/affirmation rules (the product's classifier) ---");
        System.out.print(score.report());
        System.out.println("--- trees only ---");
        System.out.print(treesOnlyScore.report());

        if (!Boolean.getBoolean("stance.skipLatency")) {
            long t0 = System.nanoTime();
            StanceClassifier real = StanceClassifier.load();
            System.out.printf(Locale.ROOT, "StanceClassifier.load(): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            int calls = 40;
            for (int i = 0; i < 5; i++) { // warm-up
                FncData.Pair p = dev.get(i);
                real.classify(p.headline(), null, bodies.get(p.bodyId()));
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                FncData.Pair p = dev.get(100 + i * 37);
                real.classify(p.headline(), null, bodies.get(p.bodyId()));
            }
            System.out.printf(Locale.ROOT, "classify(): %.1f ms per call on average over %d dev pairs (uncached)%n",
                    (System.nanoTime() - t1) / 1e6 / calls, calls);
        }
    }
}
