package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code story_key} inverted index: which stories hold an entity or title key, and in how many of their
 * articles (weight). Story assignment reads candidates from it instead of comparing an article with every story.
 */
@ApplicationScoped
public class StoryKeyRepository implements PanacheRepositoryBase<StoryKey, StoryKey.Pk> {

    /**
     * Story id → those of the given keys it holds, for the stories whose published span reaches into
     * [earliest, latest].
     */
    public Map<UUID, List<String>> sharedKeys(Collection<String> keys, Instant earliest, Instant latest) {
        Map<UUID, List<String>> shared = new HashMap<>();
        if (keys.isEmpty()) {
            return shared;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> hits = getEntityManager().createNativeQuery("""
                        SELECT CAST(k.story_id AS varchar), k.key FROM story_key k JOIN story s ON s.id = k.story_id
                        WHERE k.key IN (:keys)
                          AND s.last_published_at >= :earliest AND s.first_published_at <= :latest""")
                .setParameter("keys", keys)
                .setParameter("earliest", earliest)
                .setParameter("latest", latest)
                .getResultList();
        for (Object[] hit : hits) {
            shared.computeIfAbsent(UUID.fromString((String) hit[0]), s -> new ArrayList<>()).add((String) hit[1]);
        }
        return shared;
    }

    /** Key → the number of stories holding it, for those of the given keys that any story holds. */
    public Map<String, Long> storyFrequency(Collection<String> keys) {
        Map<String, Long> frequency = new HashMap<>();
        if (keys.isEmpty()) {
            return frequency;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = getEntityManager().createNativeQuery(
                        "SELECT key, count(*) FROM story_key WHERE key IN (:keys) GROUP BY key")
                .setParameter("keys", keys).getResultList();
        for (Object[] row : counts) {
            frequency.put((String) row[0], ((Number) row[1]).longValue());
        }
        return frequency;
    }

    /** Counts one more article with each key in the story. One statement for all the keys (an article has dozens). */
    public void add(UUID storyId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> ordered = List.copyOf(keys);
        StringBuilder sql = new StringBuilder("INSERT INTO story_key (key, story_id, weight) VALUES ");
        for (int i = 0; i < ordered.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:k").append(i).append(", :story, 1)");
        }
        sql.append(" ON CONFLICT (key, story_id) DO UPDATE SET weight = story_key.weight + 1");
        var insert = getEntityManager().createNativeQuery(sql.toString()).setParameter("story", storyId);
        for (int i = 0; i < ordered.size(); i++) {
            insert.setParameter("k" + i, ordered.get(i));
        }
        insert.executeUpdate();
    }

    /** Counts one article fewer with each key in the story; keys no article holds any more are dropped. */
    public void remove(UUID storyId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery(
                        "UPDATE story_key SET weight = weight - 1 WHERE story_id = :story AND key IN (:keys)")
                .setParameter("story", storyId).setParameter("keys", keys).executeUpdate();
        getEntityManager().createNativeQuery("DELETE FROM story_key WHERE story_id = :story AND weight <= 0")
                .setParameter("story", storyId).executeUpdate();
    }

    /** Title key → how many of the story's articles have it in their title. */
    public Map<String, Integer> titleKeyWeights(UUID storyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT key, weight FROM story_key WHERE story_id = :story AND key LIKE 't:%'")
                .setParameter("story", storyId).getResultList();
        Map<String, Integer> weights = new HashMap<>();
        rows.forEach(r -> weights.put((String) r[0], ((Number) r[1]).intValue()));
        return weights;
    }
}
