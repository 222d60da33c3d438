package io.crosscheck.claim.analysis;

import io.crosscheck.claim.analysis.stance.AnalyzedArticle;
import io.crosscheck.claim.analysis.stance.AnalyzedClaim;
import io.crosscheck.claim.analysis.stance.Stance;
import io.crosscheck.claim.analysis.stance.StanceResult;
import io.crosscheck.claim.model.AnalysedArticle;
import io.crosscheck.claim.model.ClaimGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stance engine's reading of each article toward each claim group it has a member in, stored in
 * {@code article_position}. It is taken when the article is analysed (the engine needs the whole text, which
 * the report should not re-read) and again for every article of a group whose statement changes.
 */
@ApplicationScoped
public class EnginePositions {

    private final StanceService stance;
    private final EntityManager em;

    public EnginePositions(StanceService stance, EntityManager em) {
        this.stance = stance;
        this.em = em;
    }

    /** Reads the article toward each group and stores the readings (replacing earlier ones). */
    public void judge(AnalysedArticle article, Collection<ClaimGroup> groups) {
        judge(article, null, groups);
    }

    /** @param analysed the engine's view of the article when already computed (it costs an embedding per sentence) */
    public void judge(AnalysedArticle article, AnalyzedArticle analysed, Collection<ClaimGroup> groups) {
        if (groups.isEmpty() || article.text == null || article.text.isBlank()) {
            return;
        }
        if (analysed == null) {
            analysed = stance.analyzeArticle(article.title, article.text);
        }
        for (ClaimGroup group : groups) {
            AnalyzedClaim statement = stance.analyzeClaim(group.statement, group.embedding);
            StanceResult result = stance.classify(statement, analysed);
            String evidence = result.evidence().isEmpty() ? null : result.evidence().get(0).sentence();
            em.createNativeQuery("""
                            INSERT INTO article_position (group_id, article_id, stance, confidence, evidence)
                            VALUES (:group, :article, :stance, :confidence, :evidence)
                            ON CONFLICT (group_id, article_id) DO UPDATE
                            SET stance = EXCLUDED.stance, confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence""")
                    .setParameter("group", group.id).setParameter("article", article.articleId)
                    .setParameter("stance", result.stance().name()).setParameter("confidence", result.confidence())
                    .setParameter("evidence", evidence)
                    .executeUpdate();
        }
    }

    public void forgetArticle(UUID articleId) {
        em.createNativeQuery("DELETE FROM article_position WHERE article_id = :article")
                .setParameter("article", articleId).executeUpdate();
    }

    /** group id → article id → reading, for the given groups. */
    public Map<UUID, Map<UUID, EngineReading>> ofGroups(Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return collect(em.createNativeQuery("""
                        SELECT CAST(group_id AS varchar), CAST(article_id AS varchar), stance, confidence, evidence
                        FROM article_position WHERE group_id IN (:groups)""")
                .setParameter("groups", groupIds).getResultList());
    }

    /** group id → article id → reading, for every group of the story. */
    public Map<UUID, Map<UUID, EngineReading>> ofStory(UUID storyId) {
        return collect(em.createNativeQuery("""
                        SELECT CAST(p.group_id AS varchar), CAST(p.article_id AS varchar), p.stance, p.confidence, p.evidence
                        FROM article_position p JOIN claim_group g ON g.id = p.group_id WHERE g.story_id = :story""")
                .setParameter("story", storyId).getResultList());
    }

    private static Map<UUID, Map<UUID, EngineReading>> collect(List<?> rows) {
        Map<UUID, Map<UUID, EngineReading>> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(UUID.fromString((String) r[0]), g -> new HashMap<>())
                    .put(UUID.fromString((String) r[1]), new EngineReading(Stance.valueOf((String) r[2]),
                            ((Number) r[3]).doubleValue(), (String) r[4]));
        }
        return out;
    }
}
