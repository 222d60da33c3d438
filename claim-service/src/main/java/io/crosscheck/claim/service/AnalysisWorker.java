package io.crosscheck.claim.service;

import io.crosscheck.claim.analysis.StoryAssigner;
import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.embed.SentenceEmbedder;
import io.crosscheck.claim.extract.ExtractedClaim;
import io.crosscheck.claim.extract.ExtractionRequest;
import io.crosscheck.claim.model.AnalysedArticle;
import io.crosscheck.claim.model.AnalysisStatus;
import io.crosscheck.claim.model.StoredClaim;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Analyses queued articles: extract claims, embed them, file the article into a story, group its claims.
 * One transaction per article; rows are claimed with {@code FOR UPDATE SKIP LOCKED} so replicas share the queue.
 * PENDING → DONE, or FAILED with the reason. Articles analysed by an older extractor are re-queued at start-up.
 */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);

    private static final String NEXT_PENDING = """
            SELECT article_id FROM analysed_article WHERE status = 'PENDING'
            ORDER BY received_at LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private final ClaimServiceConfig config;
    private final ExtractionService extraction;
    private final SentenceEmbedder embedder;
    private final StoryAssigner stories;
    private final EntityManager em;
    private final Timer analysisTimer;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "analysis-drainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ReentrantLock drainLock = new ReentrantLock();

    public AnalysisWorker(ClaimServiceConfig config, ExtractionService extraction, SentenceEmbedder embedder,
                          StoryAssigner stories, EntityManager em, MeterRegistry registry) {
        this.config = config;
        this.extraction = extraction;
        this.embedder = embedder;
        this.stories = stories;
        this.em = em;
        this.analysisTimer = Timer.builder("crosscheck.analysis.duration")
                .description("Time to analyse one article (extract, embed, story, groups)").register(registry);
    }

    /**
     * Analyses without waiting for the next poll: called once an article is committed to the queue. Wake-ups
     * coalesce (one pending drain at a time); the scheduled poll remains the safety net, e.g. after a restart.
     */
    public void wake() {
        if (config.analysis().enabled() && drainRequested.compareAndSet(false, true)) {
            drainer.submit(() -> {
                drainRequested.set(false);
                drainLock.lock();  // after a scheduled drain already running, not beside it
                try {
                    drain();
                } finally {
                    drainLock.unlock();
                }
            });
        }
    }

    void stopDrainer(@Observes ShutdownEvent stop) {
        drainer.shutdownNow();
    }

    void requeueOutdated(@Observes StartupEvent start) {
        int requeued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "UPDATE analysed_article SET status = 'PENDING', attempts = 0, error = NULL"
                                + " WHERE status <> 'PENDING' AND extractor IS DISTINCT FROM :version")
                .setParameter("version", extraction.version()).executeUpdate());
        if (requeued > 0) {
            LOG.infof("Re-queued %d articles analysed by an older extractor than %s", requeued, extraction.version());
        }
    }

    @Scheduled(every = "${crosscheck.claims.analysis.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.analysis().enabled() || !drainLock.tryLock()) {
            return;  // disabled, or a wake-up drain is running and will empty the queue
        }
        try {
            drain();
        } finally {
            drainLock.unlock();
        }
    }

    /**
     * One drain at a time in this JVM, so that articles are analysed in the order received: the story an
     * article is filed into can depend on which related articles were filed before it.
     */
    private void drain() {
        try {
            while (analyseNext()) {
                // drain the queue, one article per transaction
            }
        } catch (RuntimeException e) {
            LOG.warn("Analysis queue drain interrupted; the next poll resumes it", e);
        }
    }

    /** Analyses the oldest queued article; false when the queue is empty. */
    public boolean analyseNext() {
        AtomicReference<UUID> current = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> next = em.createNativeQuery(NEXT_PENDING, UUID.class).getResultList();
                if (next.isEmpty()) {
                    return false;
                }
                current.set(next.get(0));
                analysisTimer.record(() -> analyse(AnalysedArticle.findById(next.get(0))));
                return true;
            });
        } catch (RuntimeException e) {
            if (current.get() == null) {
                throw e;
            }
            markFailed(current.get(), e);
            return true;
        }
    }

    private void analyse(AnalysedArticle article) {
        stories.remove(article);  // a re-analysis replaces the article's claims and its place in its story
        StoredClaim.delete("articleId", article.articleId);
        LocalDate published = article.publishedAt == null ? null : article.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        List<ExtractedClaim> extracted = extraction.extract(
                new ExtractionRequest(article.text, article.title, published, article.language));
        List<StoredClaim> claims = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            StoredClaim claim = ClaimMapper.toStored(extracted.get(i), article.articleId, i);
            claim.embedding = embedder.embed(claim.text);
            claim.persist();
            claims.add(claim);
        }
        article.status = AnalysisStatus.DONE;
        article.extractor = extraction.version();
        article.error = null;
        article.analysedAt = Instant.now();
        article.attempts++;
        stories.assign(article, claims);
    }

    private void markFailed(UUID articleId, RuntimeException cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.warnf(cause, "Analysis of article %s failed: %s", articleId, reason);
        QuarkusTransaction.requiringNew().run(() -> {
            AnalysedArticle article = AnalysedArticle.findById(articleId);
            if (article != null) {
                article.attempts++;
                article.error = reason;
                article.extractor = extraction.version();
                // Deterministic failures do not improve with retries; transient ones get a few.
                article.status = article.attempts >= config.analysis().maxAttempts()
                        || cause instanceof ExtractionService.ExtractionTimeout ? AnalysisStatus.FAILED : AnalysisStatus.PENDING;
            }
        });
    }
}
