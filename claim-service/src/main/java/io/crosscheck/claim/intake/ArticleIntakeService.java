package io.crosscheck.claim.intake;

import io.crosscheck.claim.story.StoryAssigner;
import io.crosscheck.claim.persistence.ReceivedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Receives articles from the article-service's outbox. Delivery is at least once, so both operations are
 * idempotent: an article received again unchanged is left as it is; a changed one is queued for analysis.
 */
@ApplicationScoped
public class ArticleIntakeService {

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

    private final EntityManager em;
    private final StoryAssigner stories;

    public ArticleIntakeService(EntityManager em, StoryAssigner stories) {
        this.em = em;
        this.stories = stories;
    }

    /** Returns true when the article was queued for (re-)analysis, false when it was already known unchanged. */
    @Transactional
    public boolean receive(ArticleForAnalysis article) {
        int changed = em.createNativeQuery(UPSERT)
                .setParameter("id", article.id())
                .setParameter("title", article.title())
                .setParameter("text", article.text())
                .setParameter("source", article.source())
                .setParameter("url", article.url())
                .setParameter("publishedAt", article.publishedAt() == null ? null : article.publishedAt().atOffset(java.time.ZoneOffset.UTC))
                .setParameter("language", article.language())
                .setParameter("hash", article.contentHash())
                .setParameter("version", article.version())
                .executeUpdate();
        return changed > 0;
    }

    /** Forgets the article, its claims, and its place in its story. False when it was not known. */
    @Transactional
    public boolean withdraw(UUID articleId) {
        ReceivedArticle article = ReceivedArticle.findById(articleId);
        if (article == null) {
            return false;
        }
        stories.remove(article);
        article.delete();
        return true;
    }

    @Transactional
    public java.util.Optional<ReceivedArticle> find(UUID articleId) {
        return ReceivedArticle.findByIdOptional(articleId);
    }
}
