package io.crosscheck.article.service;

import io.crosscheck.article.model.Article;
import io.crosscheck.article.model.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The article use cases. Every change writes its outbox event in the same transaction, so the
 * claim-service hears of exactly the changes that were committed.
 */
@ApplicationScoped
public class ArticleService {

    public record IngestResult(Article article, boolean created) {
    }

    private final ArticlePreparer preparer;
    private final ArticleRepository repository;

    public ArticleService(ArticlePreparer preparer, ArticleRepository repository) {
        this.preparer = preparer;
        this.repository = repository;
    }

    /** Stores the article, or returns the one already stored under the same URL or the same source and text. */
    @Transactional
    public IngestResult ingest(ArticleInput input) {
        PreparedArticle prepared = preparer.prepare(input);
        UUID id = UUID.randomUUID();
        if (repository.insertIfAbsent(id, prepared, Instant.now()).isPresent()) {
            OutboxEvent.of(id, OutboxEvent.Type.UPSERTED).persist();
            return new IngestResult(Article.findById(id), true);
        }
        Article existing = findDuplicate(prepared).orElseThrow(() -> new DuplicateArticleException(
                "A matching article was deleted while this one was being stored; post it again"));
        return new IngestResult(existing, false);
    }

    @Transactional
    public Article update(UUID id, ArticleInput input) {
        Article article = find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (input.version() == null || article.version != input.version()) {
            throw new StaleVersionException(input.version(), article.version);
        }
        PreparedArticle prepared = preparer.prepare(input);
        if (unchanged(article, prepared)) {
            return article;
        }
        findDuplicate(prepared).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new DuplicateArticleException(
                    "Article " + other.id + " already has this URL or this source and text");
        });
        article.title = prepared.title();
        article.body = prepared.text();
        article.originalHtml = prepared.originalHtml();
        article.source = prepared.source();
        article.sourceKey = prepared.sourceKey();
        article.url = prepared.url();
        article.author = prepared.author();
        article.publishedAt = prepared.publishedAt();
        article.language = prepared.language();
        article.contentHash = prepared.contentHash();
        try {
            // Flush now so that a concurrent update (version) or a racing duplicate (constraint) is a 409 here.
            Article.flush();
        } catch (PersistenceException e) {
            if (e instanceof jakarta.persistence.OptimisticLockException) {
                throw e;
            }
            throw new DuplicateArticleException("Another article took this URL or this source and text meanwhile");
        }
        OutboxEvent.of(id, OutboxEvent.Type.UPSERTED).persist();
        return article;
    }

    @Transactional
    public boolean delete(UUID id) {
        boolean deleted = Article.deleteById(id);
        if (deleted) {
            OutboxEvent.of(id, OutboxEvent.Type.DELETED).persist();
        }
        return deleted;
    }

    @Transactional
    public Optional<Article> find(UUID id) {
        return Article.findByIdOptional(id);
    }

    @Transactional
    public ArticlePage search(ArticleQuery query) {
        return repository.search(query);
    }

    private static boolean unchanged(Article a, PreparedArticle p) {
        return Objects.equals(a.title, p.title()) && Objects.equals(a.body, p.text())
                && Objects.equals(a.originalHtml, p.originalHtml()) && Objects.equals(a.source, p.source())
                && Objects.equals(a.url, p.url()) && Objects.equals(a.author, p.author())
                && Objects.equals(a.publishedAt, p.publishedAt()) && Objects.equals(a.language, p.language());
    }

    private Optional<Article> findDuplicate(PreparedArticle prepared) {
        Optional<Article> byUrl = prepared.url() == null ? Optional.empty() : Article.findByUrl(prepared.url());
        return byUrl.isPresent() ? byUrl : Article.findBySourceAndHash(prepared.sourceKey(), prepared.contentHash());
    }
}
