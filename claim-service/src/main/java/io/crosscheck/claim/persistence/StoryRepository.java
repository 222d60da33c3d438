package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.crosscheck.nlp.story.TermVector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stories, and the locks that keep their assignment consistent across replicas. Filing takes the locks of the
 * article's story keys (two articles about one event share keys, so they are filed one after the other and the
 * second sees the first's story), then row locks on the stories it changes. Articles sharing no key file in
 * parallel, on any number of replicas.
 */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<Story, UUID> {

    /** Advisory lock space of story keys (the first argument of the two-int pg_advisory_xact_lock): "stky". */
    private static final int KEY_LOCK_SPACE = 0x73746b79;
    /** Held shared by every filing and exclusively by one whose keys are too many to lock one by one. */
    private static final long ASSIGNMENT_LOCK = 0x5_7041_4c1dL;
    /**
     * Above this many keys an article takes the deployment-wide lock instead: PostgreSQL's shared lock table
     * holds max_locks_per_transaction (64 by default) times the connections, and one long article must not fill it.
     */
    static final int MAX_KEY_LOCKS = 256;

    /**
     * Holds, until the transaction ends, the locks of these story keys (by their hash: a collision only makes two
     * filings wait for each other). Taken in ascending order, so two filings never wait for each other in a cycle.
     */
    public void lockKeys(Collection<String> keys) {
        var em = getEntityManager();
        if (keys.size() > MAX_KEY_LOCKS) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(" + ASSIGNMENT_LOCK + ")").getSingleResult();
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(" + ASSIGNMENT_LOCK + ")").getSingleResult();
        if (keys.isEmpty()) {
            return;
        }
        String hashes = keys.stream().map(String::hashCode).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        // The aggregate pulls the sorted rows in order, so the locks are taken in that order.
        em.createNativeQuery("SELECT count(pg_advisory_xact_lock(" + KEY_LOCK_SPACE + ", k)) FROM "
                        + "(SELECT unnest(CAST(:hashes AS int[])) AS k ORDER BY 1) AS sorted")
                .setParameter("hashes", hashes).getSingleResult();
    }

    /**
     * Row-locks these stories until the transaction ends, in id order, and answers those that still exist (one
     * that another filing merged away or emptied meanwhile is missing).
     */
    public Set<UUID> lockStories(Collection<UUID> storyIds) {
        if (storyIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("SELECT id FROM story WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", storyIds).getResultList();
        Set<UUID> present = new HashSet<>();
        rows.forEach(row -> present.add((UUID) row));
        return present;
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

    /** Each given story's term sum (stories without one, filed before V6, are left out): one query for all candidates. */
    public Map<UUID, TermVector> termSums(Collection<UUID> storyIds) {
        Map<UUID, TermVector> sums = new HashMap<>();
        if (storyIds.isEmpty()) {
            return sums;
        }
        getEntityManager().createQuery("select s.id, s.terms, s.termWeights from Story s where s.id in :ids and s.terms is not null",
                        Object[].class)
                .setParameter("ids", storyIds).getResultList()
                .forEach(row -> sums.put((UUID) row[0], TermVector.stored((String[]) row[1], (float[]) row[2])));
        return sums;
    }

    /**
     * Moves everything of story {@code from} into {@code into}: its articles, claim groups, keys (weights added) and
     * the redirects that pointed at it, and records where it went. The caller adds the centroid and term sums and deletes
     * {@code from}; all under both stories' row locks ({@link #lockStories}).
     */
    public void moveInto(UUID from, UUID into) {
        var em = getEntityManager();
        em.flush();
        em.createNativeQuery("UPDATE analysed_article SET story_id = :into WHERE story_id = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        // The story keeps its own headline group; the merged story's goes, with its readings.
        em.createNativeQuery("DELETE FROM claim_group WHERE story_id = :from AND headline").setParameter("from", from)
                .executeUpdate();
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

    /** Records that {@code movedArticles} articles of story {@code from} went to the new story {@code into}. */
    public void recordSplit(UUID from, UUID into, int movedArticles) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO story_split (into_story, from_story, moved_articles) VALUES (:into, :from, :moved)")
                .setParameter("into", into).setParameter("from", from).setParameter("moved", movedArticles).executeUpdate();
    }

    /** The splits the story took part in, either side, oldest first. */
    public List<StorySplitRow> splitsOf(UUID storyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT CAST(from_story AS varchar), CAST(into_story AS varchar), moved_articles, split_at
                        FROM story_split WHERE from_story = :id OR into_story = :id ORDER BY split_at, into_story""")
                .setParameter("id", storyId).getResultList();
        return rows.stream().map(r -> new StorySplitRow(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                ((Number) r[2]).intValue(), SqlValues.instant(r[3]))).toList();
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
