package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.stance.Stance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code article_position} table: the stance engine's reading of one article toward one claim group
 * ({@link EngineReading}), keyed by (group, article). Rows, not entities: they are written in bulk while filing
 * and read in bulk for a report, never changed one by one.
 */
@ApplicationScoped
public class ArticlePositionRepository {

    private final EntityManager em;

    public ArticlePositionRepository(EntityManager em) {
        this.em = em;
    }

    /** Stores the article's reading toward each group, replacing earlier ones; one statement for all the groups. */
    public void save(UUID articleId, Map<UUID, EngineReading> readingByGroup) {
        if (readingByGroup.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, EngineReading>> rows = List.copyOf(readingByGroup.entrySet());
        StringBuilder sql = new StringBuilder(
                "INSERT INTO article_position (group_id, article_id, stance, confidence, evidence) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:g").append(i).append(", :article, :s").append(i)
                    .append(", :c").append(i).append(", :e").append(i).append(')');
        }
        sql.append("""
                 ON CONFLICT (group_id, article_id) DO UPDATE
                SET stance = EXCLUDED.stance, confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence""");
        var upsert = em.createNativeQuery(sql.toString()).setParameter("article", articleId);
        for (int i = 0; i < rows.size(); i++) {
            EngineReading reading = rows.get(i).getValue();
            upsert.setParameter("g" + i, rows.get(i).getKey()).setParameter("s" + i, reading.stance().name())
                    .setParameter("c" + i, reading.confidence()).setParameter("e" + i, reading.evidence());
        }
        upsert.executeUpdate();
    }

    /** group id → the article's reading toward it, for those of the given groups it was read toward. */
    public Map<UUID, EngineReading> ofArticle(UUID articleId, Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, EngineReading> out = new HashMap<>();
        collect(em.createNativeQuery("""
                        SELECT CAST(group_id AS varchar), CAST(article_id AS varchar), stance, confidence, evidence
                        FROM article_position WHERE article_id = :article AND group_id IN (:groups)""")
                .setParameter("article", articleId).setParameter("groups", groupIds).getResultList())
                .forEach((groupId, byArticle) -> out.put(groupId, byArticle.get(articleId)));
        return out;
    }

    /**
     * The story's analysed articles (other than {@code except}) with no reading toward some of the given groups,
     * oldest first, at most {@code limit} articles: article id → the groups it was not read toward.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> unreadInStory(UUID storyId, Collection<UUID> groupIds, UUID except, int limit) {
        Map<UUID, List<UUID>> unread = new java.util.LinkedHashMap<>();
        if (groupIds.isEmpty() || limit <= 0) {
            return unread;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT CAST(a.article_id AS varchar), CAST(g.id AS varchar)
                        FROM analysed_article a CROSS JOIN claim_group g
                        WHERE a.story_id = :story AND a.status = 'DONE' AND a.article_id <> :except AND g.id IN (:groups)
                          AND NOT EXISTS (SELECT 1 FROM article_position p
                                          WHERE p.group_id = g.id AND p.article_id = a.article_id)
                        ORDER BY a.published_at, a.received_at, a.article_id""")
                .setParameter("story", storyId).setParameter("except", except).setParameter("groups", groupIds)
                .getResultList();
        for (Object[] row : rows) {
            UUID article = UUID.fromString((String) row[0]);
            if (!unread.containsKey(article) && unread.size() >= limit) {
                break;
            }
            unread.computeIfAbsent(article, a -> new ArrayList<>()).add(UUID.fromString((String) row[1]));
        }
        return unread;
    }

    /** The groups the article was read toward. */
    @SuppressWarnings("unchecked")
    public List<UUID> groupIdsOfArticle(UUID articleId) {
        List<Object> rows = em.createNativeQuery("SELECT CAST(group_id AS varchar) FROM article_position WHERE article_id = :article")
                .setParameter("article", articleId).getResultList();
        return rows.stream().map(id -> UUID.fromString((String) id)).toList();
    }

    public void deleteOfArticle(UUID articleId) {
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
