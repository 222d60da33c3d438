package io.crosscheck.claim.story;

import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.StanceResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stance engine's reading of each article toward each claim group it has a member in, stored in
 * {@code article_position}. It is taken when the article is analysed (the engine needs the whole text, which
 * the report should not re-read) and again for every article of a group whose statement changes. Reading the
 * stored readings back is {@link ArticlePositionRepository}'s.
 */
@ApplicationScoped
public class EnginePositions {

    private final StanceEngine stance;
    private final ArticlePositionRepository positions;

    public EnginePositions(StanceEngine stance, ArticlePositionRepository positions) {
        this.stance = stance;
        this.positions = positions;
    }

    /** Reads the article toward each group and stores the readings (replacing earlier ones). */
    public void judge(ReceivedArticle article, Collection<ClaimGroup> groups) {
        judge(article, null, groups);
    }

    /** @param analysed the engine's view of the article when already computed (it costs an embedding per sentence) */
    public void judge(ReceivedArticle article, AnalyzedArticle analysed, Collection<ClaimGroup> groups) {
        if (groups.isEmpty() || article.text == null || article.text.isBlank()) {
            return;
        }
        AnalyzedArticle view = analysed != null ? analysed : stance.analyzeArticle(article.title, article.text);
        List<ClaimGroup> ordered = List.copyOf(groups);
        // Filing is serial and this is its costliest step: the groups are read in parallel (the common pool uses
        // the cores the filing thread leaves idle).
        List<StanceResult> results = ordered.parallelStream()
                .map(group -> stance.classify(stance.analyzeClaim(group.statement, group.embedding), view)).toList();
        Map<UUID, EngineReading> readings = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            StanceResult result = results.get(i);
            readings.put(ordered.get(i).id, new EngineReading(result.stance(), result.confidence(),
                    result.evidence().isEmpty() ? null : result.evidence().get(0).sentence()));
        }
        positions.save(article.articleId, readings);
    }
}
