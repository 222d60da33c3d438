package io.crosscheck.claim.analysis;

import io.crosscheck.claim.analysis.stance.StanceClassifier;
import io.crosscheck.claim.analysis.stance.StanceResult;
import io.crosscheck.claim.embed.MiniLmSentenceEmbedder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The stance engine (trained on FNC-1, see docs/stance.md), loaded once at start-up, sharing the MiniLM session. */
@Startup
@ApplicationScoped
public class StanceService {

    private final StanceClassifier classifier;

    public StanceService(MiniLmSentenceEmbedder embedder) {
        this.classifier = StanceClassifier.load(embedder);
    }

    public StanceResult classify(String claim, String title, String text) {
        return classifier.classify(claim, title, text);
    }
}
