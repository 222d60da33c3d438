package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.story.StoryAssigner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The order-dependent part of an article's analysis: one transaction per article, under the article's row lock
 * (so replicas sharing the queue never file an article twice), replacing its claims and filing it into a story.
 * Also the retry policy when an analysis fails.
 */
@ApplicationScoped
public class ArticleFiling {

    private static final Logger LOG = Logger.getLogger(ArticleFiling.class);

    private final ClaimServiceConfig config;
    private final ExtractionEngine extraction;
    private final StoryAssigner stories;
    private final ReceivedArticleRepository articles;
    private final StoredClaimRepository storedClaims;
    private final Timer filingTimer;

    public ArticleFiling(ClaimServiceConfig config, ExtractionEngine extraction, StoryAssigner stories,
                         ReceivedArticleRepository articles, StoredClaimRepository storedClaims, MeterRegistry registry) {
        this.config = config;
        this.extraction = extraction;
        this.stories = stories;
        this.articles = articles;
        this.storedClaims = storedClaims;
        this.filingTimer = Timer.builder("crosscheck.analysis.duration")
                .description("Time to file one prepared article into a story and its claim groups").register(registry);
    }

    /** Files the prepared article unless it was deleted or changed meanwhile; a failure marks it for a retry. */
    void file(PreparedArticle prepared) {
        try {
            QuarkusTransaction.requiringNew().run(() -> filingTimer.record(() -> {
                ReceivedArticle article = articles.findForUpdate(prepared.articleId());
                if (article == null || article.status != AnalysisStatus.PENDING
                        || article.articleVersion != prepared.articleVersion()
                        || !Objects.equals(article.contentHash, prepared.contentHash())) {
                    return;  // deleted, or changed while it was prepared: the next drain prepares the new content
                }
                stories.remove(article);  // a re-analysis replaces the article's claims and its place in its story
                storedClaims.deleteOfArticle(article.articleId);
                article.status = AnalysisStatus.DONE;
                article.extractor = extraction.version();
                article.error = null;
                article.analysedAt = Instant.now();
                article.attempts++;
                // The new claims are stored by the grouping, once their group is known.
                stories.assign(article, prepared.claims(), prepared.stanceView());
            }));
        } catch (RuntimeException e) {
            markFailed(prepared.articleId(), e);
        }
    }

    /**
     * Records the failure; the article stays queued for another attempt unless it has had its attempts or the
     * failure is deterministic (an extraction over its time limit does not improve with retries).
     */
    void markFailed(UUID articleId, RuntimeException cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.warnf(cause, "Analysis of article %s failed: %s", articleId, reason);
        QuarkusTransaction.requiringNew().run(() -> {
            ReceivedArticle article = articles.findById(articleId);
            if (article != null) {
                article.attempts++;
                article.error = reason;
                article.extractor = extraction.version();
                article.status = article.attempts >= config.analysis().maxAttempts()
                        || cause instanceof ExtractionEngine.ExtractionTimeout ? AnalysisStatus.FAILED : AnalysisStatus.PENDING;
            }
        });
    }
}
