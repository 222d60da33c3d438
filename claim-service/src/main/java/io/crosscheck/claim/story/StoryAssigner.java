package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.SqlValues;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Puts an analysed article into the story about the same event, or opens one.
 *
 * <p>Candidates come from the {@code story_key} inverted index (stories sharing an entity or title term, within
 * the time window), never from comparing the article with every stored one. A candidate's score is the
 * idf-weighted share of the article's keys found in the story, entities weighing twice as much as title words.
 * Assignment runs under a transaction-scoped advisory lock so that two replicas cannot open two stories for
 * the same event at the same moment.
 */
@ApplicationScoped
public class StoryAssigner {

    private static final long ASSIGNMENT_LOCK = 0x5_7041_4c1dL;
    private static final int MIN_SHARED_KEYS = 2;

    private final ClaimServiceConfig config;
    private final ClaimGrouper grouper;
    private final EntityManager em;

    private final EnginePositions engine;

    public StoryAssigner(ClaimServiceConfig config, ClaimGrouper grouper, EnginePositions engine, EntityManager em) {
        this.config = config;
        this.grouper = grouper;
        this.engine = engine;
        this.em = em;
    }

    /** Stores the article's (new, not yet persisted) claims with their groups; runs in the filing transaction. */
    public void assign(ReceivedArticle article, List<StoredClaim> claims, AnalyzedArticle stanceView) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + ASSIGNMENT_LOCK + ")").getSingleResult();
        Set<String> keys = keysOf(article, claims);
        UUID storyId = bestStory(article, keys).orElseGet(() -> openStory(article));
        article.storyId = storyId;
        addKeys(storyId, keys);
        grouper.group(storyId, article, claims, stanceView);
        refreshStory(storyId);
    }

    /** Takes the article (whose claims are still stored) out of its story; the story is recomputed or dropped. */
    public void remove(ReceivedArticle article) {
        UUID storyId = article.storyId;
        if (storyId == null) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + ASSIGNMENT_LOCK + ")").getSingleResult();
        List<StoredClaim> claims = StoredClaim.ofArticle(article.articleId);
        Set<String> keys = keysOf(article, claims);
        if (!keys.isEmpty()) {
            em.createNativeQuery("UPDATE story_key SET weight = weight - 1 WHERE story_id = :story AND key IN (:keys)")
                    .setParameter("story", storyId).setParameter("keys", keys).executeUpdate();
            em.createNativeQuery("DELETE FROM story_key WHERE story_id = :story AND weight <= 0")
                    .setParameter("story", storyId).executeUpdate();
        }
        Set<UUID> groupIds = new LinkedHashSet<>();
        for (StoredClaim claim : claims) {
            if (claim.groupId != null) {
                groupIds.add(claim.groupId);
            }
            claim.delete();
        }
        article.storyId = null;
        StoredClaim.flush();
        engine.forgetArticle(article.articleId);
        if (!groupIds.isEmpty()) {
            grouper.refresh(ClaimGroup.list("id in ?1", groupIds));
        }
        refreshStory(storyId);
    }

    static Set<String> keysOf(ReceivedArticle article, List<StoredClaim> claims) {
        List<Entity> entities = new ArrayList<>();
        for (StoredClaim claim : claims) {
            if (claim.entities != null) {
                entities.addAll(claim.entities);
            }
        }
        return StoryKeys.of(article.title, entities);
    }

    private Optional<UUID> bestStory(ReceivedArticle article, Set<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Duration window = Duration.ofDays(config.stories().windowDays());
        Instant time = article.effectiveTime();
        @SuppressWarnings("unchecked")
        List<Object[]> hits = em.createNativeQuery("""
                        SELECT CAST(k.story_id AS varchar), k.key FROM story_key k JOIN story s ON s.id = k.story_id
                        WHERE k.key IN (:keys)
                          AND s.last_published_at >= :earliest AND s.first_published_at <= :latest""")
                .setParameter("keys", keys)
                .setParameter("earliest", time.minus(window))
                .setParameter("latest", time.plus(window))
                .getResultList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> idf = inverseStoryFrequency(keys);
        double total = keys.stream().mapToDouble(k -> weight(k) * idf.get(k)).sum();
        Map<String, List<String>> sharedByStory = new HashMap<>();
        for (Object[] hit : hits) {
            sharedByStory.computeIfAbsent((String) hit[0], s -> new ArrayList<>()).add((String) hit[1]);
        }
        return sharedByStory.entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_SHARED_KEYS && e.getValue().stream().anyMatch(StoryKeys::isEntityKey))
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToDouble(k -> weight(k) * idf.get(k)).sum() / total))
                .filter(e -> e.getValue() >= config.stories().minSimilarity())
                .max(Map.Entry.comparingByValue())
                .map(e -> UUID.fromString(e.getKey()));
    }

    /** Keys found in many stories ("United States") say less about the event than rare ones ("Araghchi"). */
    private Map<String, Double> inverseStoryFrequency(Set<String> keys) {
        long stories = Story.count();
        Map<String, Double> idf = new HashMap<>();
        keys.forEach(k -> idf.put(k, 1 + Math.log(stories + 1.0)));
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(
                        "SELECT key, count(*) FROM story_key WHERE key IN (:keys) GROUP BY key")
                .setParameter("keys", keys).getResultList();
        for (Object[] row : counts) {
            idf.put((String) row[0], 1 + Math.log((stories + 1.0) / (((Number) row[1]).doubleValue() + 1)));
        }
        return idf;
    }

    private static double weight(String key) {
        return StoryKeys.isEntityKey(key) ? 2 : 1;
    }

    private UUID openStory(ReceivedArticle article) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.title = article.title;
        story.createdAt = Instant.now();
        story.updatedAt = story.createdAt;
        story.firstPublishedAt = article.effectiveTime();
        story.lastPublishedAt = article.effectiveTime();
        story.persist();
        return story.id;
    }

    /** One statement for all the article's keys (there are dozens): one round trip instead of one each. */
    private void addKeys(UUID storyId, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> ordered = List.copyOf(keys);
        StringBuilder sql = new StringBuilder("INSERT INTO story_key (key, story_id, weight) VALUES ");
        for (int i = 0; i < ordered.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:k").append(i).append(", :story, 1)");
        }
        sql.append(" ON CONFLICT (key, story_id) DO UPDATE SET weight = story_key.weight + 1");
        var insert = em.createNativeQuery(sql.toString()).setParameter("story", storyId);
        for (int i = 0; i < ordered.size(); i++) {
            insert.setParameter("k" + i, ordered.get(i));
        }
        insert.executeUpdate();
    }

    /** Counts, dates, representative title and contested count from the story's current articles and groups. */
    void refreshStory(UUID storyId) {
        Story story = Story.findById(storyId);
        if (story == null) {
            return;
        }
        ReceivedArticle.flush();
        // Titles and times only: loading the articles as entities would read (and dirty-check) every text.
        @SuppressWarnings("unchecked")
        List<Object[]> articles = em.createNativeQuery("""
                        SELECT title, COALESCE(published_at, received_at) FROM analysed_article
                        WHERE story_id = :story AND status = 'DONE'""")
                .setParameter("story", storyId).getResultList();
        if (articles.isEmpty()) {
            story.delete();
            return;
        }
        List<String> titles = articles.stream().map(r -> (String) r[0]).toList();
        List<Instant> times = articles.stream().map(r -> SqlValues.instant(r[1])).toList();
        story.articleCount = articles.size();
        story.firstPublishedAt = times.stream().min(Comparator.naturalOrder()).orElse(null);
        story.lastPublishedAt = times.stream().max(Comparator.naturalOrder()).orElse(null);
        story.title = representativeTitle(storyId, titles);
        story.contestedCount = (int) ClaimGroup.count("storyId = ?1 and status = ?2", storyId, GroupStatus.CONTESTED);
        story.updatedAt = Instant.now();
        story.revision++;
    }

    /** The title whose words the story's articles share most: the headline closest to the common account. */
    private String representativeTitle(UUID storyId, List<String> titles) {
        if (titles.size() == 1) {
            return titles.get(0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT key, weight FROM story_key WHERE story_id = :story AND key LIKE 't:%'")
                .setParameter("story", storyId).getResultList();
        Map<String, Integer> weights = new HashMap<>();
        rows.forEach(r -> weights.put((String) r[0], ((Number) r[1]).intValue()));
        String best = titles.get(0);
        double bestScore = -1;
        for (String title : titles) {
            Set<String> titleKeys = StoryKeys.of(title, List.of());
            double score = titleKeys.stream().mapToInt(k -> weights.getOrDefault(k, 0)).sum()
                    / Math.sqrt(Math.max(1, titleKeys.size()));
            if (score > bestScore) {
                bestScore = score;
                best = title;
            }
        }
        return best;
    }
}
