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
 *
 * <p>Replicas file in parallel (each article under its story keys' locks, see {@code StoryRepository#lockKeys}),
 * so two filings can meet: PostgreSQL then aborts one of them as a deadlock, or a story one was about to join
 * is merged away. Such a filing is tried again at once, without counting as a failed attempt.
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

    /** Times a filing that met another one is tried again before it counts as a failed attempt. */
    static final int CONCURRENT_FILING_TRIES = 5;

    /** Files the prepared article unless it was deleted or changed meanwhile; a failure marks it for a retry. */
    void file(PreparedArticle prepared) {
        for (int tried = 1; ; tried++) {
            try {
                fileOnce(prepared);
                return;
            } catch (RuntimeException e) {
                if (tried < CONCURRENT_FILING_TRIES && metAnotherFiling(e)) {
                    LOG.debugf("Filing of article %s met another filing (%s); trying again", prepared.articleId(), e);
                    continue;
                }
                markFailed(prepared.articleId(), e);
                return;
            }
        }
    }

    /** A deadlock PostgreSQL broke by aborting this transaction, or stories merged away under it. */
    static boolean metAnotherFiling(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoryAssigner.ConcurrentFilingException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's SQLSTATE for a transaction it aborted to break a deadlock. */
    private static final String DEADLOCK_DETECTED = "40P01";

    private void fileOnce(PreparedArticle prepared) {
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
            // Stored before the story is assigned: the groups' status counts the copies of a text once.
            article.originSignature = prepared.originSignature();
            article.wireAgency = prepared.wireAgency();
            // The new claims are stored by the grouping, once their group is known.
            stories.assign(article, prepared.newClaimRows(), prepared.stanceView());
        }));
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
