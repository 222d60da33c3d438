package io.crosscheck.claim.intake;

import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.story.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives articles from the article-service's outbox. Delivery is at least once, so both operations are
 * idempotent: an article received again unchanged is left as it is; a changed one is queued for analysis.
 */
@ApplicationScoped
public class ArticleIntakeService {

    private final ReceivedArticleRepository articles;
    private final StoredClaimRepository storedClaims;
    private final StoryAssigner stories;

    public ArticleIntakeService(ReceivedArticleRepository articles, StoredClaimRepository storedClaims,
                                StoryAssigner stories) {
        this.articles = articles;
        this.storedClaims = storedClaims;
        this.stories = stories;
    }

    /** An article as received, with its claims in reading order. */
    public record Analysis(ReceivedArticle article, List<StoredClaim> claims) {
    }

    /** Returns true when the article was queued for (re-)analysis, false when it was already known unchanged. */
    @Transactional
    public boolean receive(ArticleForAnalysis article) {
        ReceivedArticle incoming = new ReceivedArticle();
        incoming.articleId = article.id();
        incoming.title = article.title();
        incoming.text = article.text();
        incoming.source = article.source();
        incoming.url = article.url();
        incoming.publishedAt = article.publishedAt();
        incoming.language = article.language();
        incoming.contentHash = article.contentHash();
        incoming.articleVersion = article.version();
        return articles.receive(incoming);
    }

    /** Forgets the article, its claims, and its place in its story. False when it was not known. */
    @Transactional
    public boolean withdraw(UUID articleId) {
        ReceivedArticle article = articles.findById(articleId);
        if (article == null) {
            return false;
        }
        stories.remove(article);
        articles.delete(article);
        return true;
    }

    @Transactional
    public Optional<Analysis> analysis(UUID articleId) {
        return articles.findByIdOptional(articleId).map(a -> new Analysis(a, storedClaims.ofArticle(articleId)));
    }
}
