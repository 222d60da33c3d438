package io.crosscheck.claim.check;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.claim.persistence.ReceivedArticleRepository.TitleAndText;
import io.crosscheck.claim.pipeline.ArticlePreparation;
import io.crosscheck.nlp.stance.AnalyzedClaim;
import io.crosscheck.nlp.stance.StanceResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stance engine's reading of stored articles toward a checked claim: the article's stance toward what was asked,
 * not toward the statement of the claim group its best sentence happens to be in (which can say more, or less, or
 * deny where the check affirms).
 */
@ApplicationScoped
public class CheckReader {

    private final StanceEngine stance;
    private final int maxSentences;

    public CheckReader(StanceEngine stance, ClaimServiceConfig config) {
        this.stance = stance;
        this.maxSentences = config.analysis().maxSentences();
    }

    /**
     * @param claimEmbedding the claim's MiniLM vector, already computed to rank the matches
     * @param texts          the articles to read, in the order the answer keeps (none: nothing is read)
     * @return each article's reading, in the order of {@code texts}
     */
    public Map<UUID, StanceResult> read(String claim, float[] claimEmbedding, Map<UUID, TitleAndText> texts) {
        if (texts.isEmpty()) {
            return Map.of();
        }
        AnalyzedClaim analysedClaim = stance.analyzeClaim(claim, claimEmbedding);
        List<UUID> ids = List.copyOf(texts.keySet());
        // Each reading embeds the article's sentences, the cost of a check: the common pool reads them side by side.
        // The analysed part is the one filing read, so a reading's evidence offsets are offsets into the stored text.
        List<StanceResult> results = ids.parallelStream().map(id -> {
            TitleAndText article = texts.get(id);
            String text = article.text() == null ? "" : ArticlePreparation.analysedPart(article.text(), maxSentences);
            return stance.classify(analysedClaim, stance.analyzeArticle(article.title(), text));
        }).toList();
        Map<UUID, StanceResult> readings = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            readings.put(ids.get(i), results.get(i));
        }
        return readings;
    }
}
