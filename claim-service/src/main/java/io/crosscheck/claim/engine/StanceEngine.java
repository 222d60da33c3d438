package io.crosscheck.claim.engine;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.AnalyzedClaim;
import io.crosscheck.nlp.stance.IdfTable;
import io.crosscheck.nlp.stance.StanceClassifier;
import io.crosscheck.nlp.stance.StanceResult;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The stance engine (trained on FNC-1, see claim-nlp/docs/stance.md), loaded once at start-up, sharing the MiniLM session. */
@Startup
@ApplicationScoped
public class StanceEngine {

    private final StanceClassifier classifier;

    public StanceEngine(SentenceEncoderEngine embedder, ClaimServiceConfig config) {
        this.classifier = config.stance().modelFile()
                .map(file -> StanceClassifier.load(embedder, file))
                .orElseGet(() -> StanceClassifier.load(embedder));
    }

    public StanceResult classify(String claim, String title, String text) {
        return classifier.classify(claim, title, text);
    }

    /** The text analysed once (sentences, embeddings, cues) to be read toward several claims. */
    public AnalyzedArticle analyzeArticle(String title, String text) {
        return classifier.pipeline().analyzeArticle(title, text);
    }

    /** @param embedding the statement's MiniLM vector when already computed, else null */
    public AnalyzedClaim analyzeClaim(String statement, float[] embedding) {
        return classifier.pipeline().analyzeClaim(statement, embedding);
    }

    /** The news vocabulary's idf, learnt with the model (the same-fact judgment weighs words by it too). */
    public IdfTable idf() {
        return classifier.pipeline().idf();
    }

    public StanceResult classify(AnalyzedClaim claim, AnalyzedArticle article) {
        return classifier.classify(claim, article);
    }
}
