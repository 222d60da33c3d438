package io.crosscheck.claim.story;

import io.crosscheck.claim.engine.StanceEngine;

import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.stance.StanceResult;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ClaimGroup;
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

    private final StanceEngine stance;
    private final EntityManager em;

    public EnginePositions(StanceEngine stance, EntityManager em) {
        this.stance = stance;
        this.em = em;
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
        if (analysed == null) {
            analysed = stance.analyzeArticle(article.title, article.text);
        }
        List<ClaimGroup> ordered = List.copyOf(groups);
        StringBuilder sql = new StringBuilder(
                "INSERT INTO article_position (group_id, article_id, stance, confidence, evidence) VALUES ");
        AnalyzedArticle view = analysed;
        // Filing is serial and this is its costliest step: the groups are read in parallel (the common pool uses
        // the cores the filing thread leaves idle).
        List<StanceResult> results = ordered.parallelStream()
                .map(group -> stance.classify(stance.analyzeClaim(group.statement, group.embedding), view)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:g").append(i).append(", :article, :s").append(i)
                    .append(", :c").append(i).append(", :e").append(i).append(')');
        }
        sql.append("""
                 ON CONFLICT (group_id, article_id) DO UPDATE
                SET stance = EXCLUDED.stance, confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence""");
        // One statement for all the groups: filing is serial, and a round trip per group added up.
        var upsert = em.createNativeQuery(sql.toString()).setParameter("article", article.articleId);
        for (int i = 0; i < ordered.size(); i++) {
            StanceResult result = results.get(i);
            upsert.setParameter("g" + i, ordered.get(i).id).setParameter("s" + i, result.stance().name())
                    .setParameter("c" + i, result.confidence())
                    .setParameter("e" + i, result.evidence().isEmpty() ? null : result.evidence().get(0).sentence());
        }
        upsert.executeUpdate();
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
