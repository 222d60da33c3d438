package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.crosscheck.nlp.origin.Origins;
import io.crosscheck.nlp.story.StorySplitter;
import io.crosscheck.nlp.story.TermVector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The received articles: the intake's idempotent upsert, the analysis queue, and the reads a story needs, which
 * are projections (loading entities would read every text).
 */
@ApplicationScoped
public class ReceivedArticleRepository implements PanacheRepositoryBase<ReceivedArticle, UUID> {

    /** The story's analysed articles, oldest first (publication time, else arrival). */
    public List<StoryArticleRow> analysedInStory(UUID storyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT CAST(article_id AS varchar), title, source, COALESCE(published_at, received_at) AS shown_at
                        FROM analysed_article WHERE story_id = :story AND status = 'DONE'
                        ORDER BY published_at, received_at""")
                .setParameter("story", storyId).getResultList();
        List<StoryArticleRow> articles = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            articles.add(new StoryArticleRow(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                    SqlValues.instant(r[3])));
        }
        return articles;
    }

    /**
     * What each analysed article of the story brings to its origin (id, text signature, credited agency), in the
     * order of {@link #analysedInStory}, the article id breaking ties: the order decides which article labels an
     * origin, so it must be the same at every read.
     */
    public List<Origins.Trace> originTracesInStory(UUID storyId) {
        return originTraces("a.storyId = :where", storyId);
    }

    /** The same for the given analysed articles only (a group's, not the whole story's), in the same order. */
    public List<Origins.Trace> originTracesOf(Collection<UUID> articleIds) {
        return articleIds.isEmpty() ? List.of() : originTraces("a.articleId in :where", articleIds);
    }

    private List<Origins.Trace> originTraces(String condition, Object value) {
        return getEntityManager().createQuery("select a.articleId, a.originSignature, a.wireAgency from ReceivedArticle a"
                        + " where " + condition + " and a.status = :done order by a.publishedAt, a.receivedAt, a.articleId",
                        Object[].class)
                .setParameter("where", value).setParameter("done", AnalysisStatus.DONE).getResultList().stream()
                .map(row -> new Origins.Trace(row[0].toString(), (int[]) row[1], (String) row[2])).toList();
    }

    /** Story id → the distinct sources of its articles, sorted. */
    public Map<UUID, SortedSet<String>> sourcesOfStories(Collection<UUID> storyIds) {
        Map<UUID, SortedSet<String>> sources = new HashMap<>();
        if (storyIds.isEmpty()) {
            return sources;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT DISTINCT CAST(story_id AS varchar), source FROM analysed_article WHERE story_id IN (:ids)")
                .setParameter("ids", storyIds).getResultList();
        for (Object[] row : rows) {
            sources.computeIfAbsent(UUID.fromString((String) row[0]), id -> new TreeSet<>()).add((String) row[1]);
        }
        return sources;
    }

    /** Article id → source, for the given articles. */
    public Map<UUID, String> sourcesOf(Collection<UUID> articleIds) {
        return perArticle("a.source", articleIds, row -> (String) row[1]);
    }

    /** Article id → (source, title, story), for the given articles. */
    public Map<UUID, SourceAndTitle> sourcesAndTitlesOf(Collection<UUID> articleIds) {
        return perArticle("a.source, a.title, a.storyId", articleIds,
                row -> new SourceAndTitle((String) row[1], (String) row[2], (UUID) row[3]));
    }

    /** Article id → the length of its text (characters), for the given articles. */
    public Map<UUID, Integer> textLengthsOf(Collection<UUID> articleIds) {
        return perArticle("length(a.text)", articleIds, row -> ((Number) row[1]).intValue());
    }

    /** Article id → (title, text), for the given articles: what the claim check reads toward the checked claim. */
    public Map<UUID, TitleAndText> textsOf(Collection<UUID> articleIds) {
        return perArticle("a.title, a.text", articleIds, row -> new TitleAndText((String) row[1], (String) row[2]));
    }

    /** The terms of the story's latest {@code limit} analysed articles (the story model's nearest article). */
    public List<TermVector> latestTermsOf(UUID storyId, int limit) {
        return latestOf(storyId, limit, "a.terms, a.termWeights", r -> TermVector.stored((String[]) r[0], (float[]) r[1]));
    }

    /**
     * The story's latest {@code limit} analysed articles as the splitter reads them (terms and centroid), oldest first
     * (where two parts are as big, the one with the oldest article keeps the story).
     */
    public List<StorySplitter.Member<UUID>> splitMembersOf(UUID storyId, int limit) {
        List<StorySplitter.Member<UUID>> members = new ArrayList<>(latestOf(storyId, limit,
                "a.articleId, a.terms, a.termWeights, a.centroid", r -> new StorySplitter.Member<>((UUID) r[0],
                        TermVector.stored((String[]) r[1], (float[]) r[2]), (float[]) r[3])));
        Collections.reverse(members);
        return members;
    }

    /** The story's latest {@code limit} analysed articles, newest first (publication time, else arrival), as columns. */
    private <T> List<T> latestOf(UUID storyId, int limit, String columns, Function<Object[], T> value) {
        return getEntityManager().createQuery("select " + columns + """
                         from ReceivedArticle a where a.storyId = :story and a.status = :done
                        order by coalesce(a.publishedAt, a.receivedAt) desc, a.articleId""", Object[].class)
                .setParameter("story", storyId).setParameter("done", AnalysisStatus.DONE).setMaxResults(limit)
                .getResultList().stream().map(value).toList();
    }

    /** The given articles, oldest first (publication time, else arrival). */
    public List<ReceivedArticle> oldestFirst(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return list("articleId in ?1", articleIds).stream()
                .sorted(Comparator.comparing(ReceivedArticle::effectiveTime).thenComparing(a -> a.articleId)).toList();
    }

    /** A projection of the given articles in one query: {@code row[0]} is the id, then the selected columns. */
    private <T> Map<UUID, T> perArticle(String columns, Collection<UUID> articleIds, Function<Object[], T> value) {
        Map<UUID, T> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        getEntityManager()
                .createQuery("select a.articleId, " + columns + " from ReceivedArticle a where a.articleId in :ids",
                        Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(row -> out.put((UUID) row[0], value.apply(row)));
        return out;
    }

    public record TitleAndText(String title, String text) {
    }

    /** @param storyId the story it was filed into, or null (not analysed yet) */
    public record SourceAndTitle(String source, String title, UUID storyId) {
    }

    /**
     * Insert, or update and re-queue only when something analysis depends on changed (or the last analysis
     * failed): a repeated delivery must not re-analyse.
     */
    private static final String UPSERT = """
            INSERT INTO analysed_article (article_id, title, text, source, url, published_at, language, content_hash,
                                          article_version, status, received_at)
            VALUES (:id, :title, :text, :source, :url, :publishedAt, :language, :hash, :version, 'PENDING', now())
            ON CONFLICT (article_id) DO UPDATE SET
                title = excluded.title, text = excluded.text, source = excluded.source, url = excluded.url,
                published_at = excluded.published_at, language = excluded.language,
                content_hash = excluded.content_hash, article_version = excluded.article_version,
                status = 'PENDING', error = NULL, attempts = 0, received_at = now()
            WHERE analysed_article.content_hash <> excluded.content_hash
               OR analysed_article.title <> excluded.title
               OR analysed_article.source <> excluded.source
               OR analysed_article.published_at IS DISTINCT FROM excluded.published_at
               OR analysed_article.status = 'FAILED'""";

    /** Stores a delivered article as PENDING; false when it was already known unchanged (nothing written). */
    public boolean receive(ReceivedArticle incoming) {
        int changed = getEntityManager().createNativeQuery(UPSERT)
                .setParameter("id", incoming.articleId)
                .setParameter("title", incoming.title)
                .setParameter("text", incoming.text)
                .setParameter("source", incoming.source)
                .setParameter("url", incoming.url)
                .setParameter("publishedAt", incoming.publishedAt == null ? null : incoming.publishedAt.atOffset(ZoneOffset.UTC))
                .setParameter("language", incoming.language)
                .setParameter("hash", incoming.contentHash)
                .setParameter("version", incoming.articleVersion)
                .executeUpdate();
        return changed > 0;
    }

    /**
     * The oldest queued articles, locked until the transaction ends and skipping those another replica holds
     * (it is filing them).
     */
    public List<UUID> nextPending(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT article_id FROM analysed_article WHERE status = 'PENDING'
                        ORDER BY received_at LIMIT :limit FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("limit", limit).getResultList();
        return ids;
    }

    /** Queues again every article analysed by another extractor version than this one; returns how many. */
    public int requeueAnalysedByOtherThan(String extractorVersion) {
        return getEntityManager().createNativeQuery(
                        "UPDATE analysed_article SET status = 'PENDING', attempts = 0, error = NULL"
                                + " WHERE status <> 'PENDING' AND extractor IS DISTINCT FROM :version")
                .setParameter("version", extractorVersion).executeUpdate();
    }

    /** The article, row-locked until the transaction ends: filing it excludes a concurrent re-delivery. */
    public ReceivedArticle findForUpdate(UUID articleId) {
        return getEntityManager().find(ReceivedArticle.class, articleId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The article as a detached copy (its analysis runs outside any transaction), or null. */
    public ReceivedArticle findDetached(UUID articleId) {
        ReceivedArticle found = findById(articleId);
        if (found != null) {
            getEntityManager().detach(found);
        }
        return found;
    }
}
