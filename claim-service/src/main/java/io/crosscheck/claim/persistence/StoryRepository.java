package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stories, and the lock that keeps their assignment consistent across replicas. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<Story, UUID> {

    private static final long ASSIGNMENT_LOCK = 0x5_7041_4c1dL;

    /**
     * Holds the deployment-wide story assignment lock until the transaction ends, so that two replicas cannot
     * open two stories for the same event at the same moment.
     */
    public void lockAssignment() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(" + ASSIGNMENT_LOCK + ")").getSingleResult();
    }

    /** A new story holding one article so far. */
    public Story open(String title, Instant publishedAt) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.title = title;
        story.createdAt = Instant.now();
        story.updatedAt = story.createdAt;
        story.firstPublishedAt = publishedAt;
        story.lastPublishedAt = publishedAt;
        persist(story);
        return story;
    }

    /** The story's current revision, or empty when there is no such story: one indexed read. */
    public Optional<Long> revision(UUID storyId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT revision FROM story WHERE id = :id")
                .setParameter("id", storyId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** Each given story's centroid sum (stories without one are left out): one query for all candidates. */
    public Map<UUID, float[]> centroidSums(Collection<UUID> storyIds) {
        Map<UUID, float[]> sums = new HashMap<>();
        if (storyIds.isEmpty()) {
            return sums;
        }
        getEntityManager().createQuery("select s.id, s.centroidSum from Story s where s.id in :ids and s.centroidSum is not null",
                        Object[].class)
                .setParameter("ids", storyIds).getResultList()
                .forEach(row -> sums.put((UUID) row[0], (float[]) row[1]));
        return sums;
    }

    /**
     * Moves everything of story {@code from} into {@code into}: its articles, claim groups, keys (weights added) and
     * the redirects that pointed at it, and records where it went. The caller adds the centroid sum and deletes
     * {@code from}; all under the assignment lock.
     */
    public void moveInto(UUID from, UUID into) {
        var em = getEntityManager();
        em.flush();
        em.createNativeQuery("UPDATE analysed_article SET story_id = :into WHERE story_id = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("UPDATE claim_group SET story_id = :into WHERE story_id = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("INSERT INTO story_key (key, story_id, weight) SELECT key, :into, weight FROM story_key "
                        + "WHERE story_id = :from ON CONFLICT (key, story_id) DO UPDATE SET weight = story_key.weight + excluded.weight")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("DELETE FROM story_key WHERE story_id = :from").setParameter("from", from).executeUpdate();
        em.createNativeQuery("UPDATE story_redirect SET to_story = :into WHERE to_story = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("INSERT INTO story_redirect (from_story, to_story) VALUES (:from, :into)")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
    }

    /** The story a merged story went into, if it was merged. */
    public Optional<UUID> mergedInto(UUID storyId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT to_story FROM story_redirect WHERE from_story = :id")
                .setParameter("id", storyId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((UUID) rows.get(0));
    }

    /** Latest news first; the id breaks ties so that pages do not overlap. */
    public PanacheQuery<Story> newestFirst() {
        return findAll(Sort.descending("lastPublishedAt").and("id"));
    }

    /** The stories with most contested claims first, then latest news first (what a fact-checker opens first). */
    public PanacheQuery<Story> mostContestedFirst() {
        return findAll(Sort.descending("contestedCount").and("lastPublishedAt", Sort.Direction.Descending).and("id"));
    }

    /**
     * Makes the current transaction one read-only snapshot: a report is consistent while articles are being
     * filed, and nothing it loads is kept for dirty-checking at commit (a story has thousands of claims).
     * Must be the transaction's first statement.
     */
    public void readOnlySnapshot() {
        getEntityManager().createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        getEntityManager().unwrap(org.hibernate.Session.class).setDefaultReadOnly(true);
    }
}
