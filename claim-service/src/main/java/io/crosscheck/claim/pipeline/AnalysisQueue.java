package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.engine.ExtractionEngine;

import io.crosscheck.claim.story.StoryAssigner;
import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.StanceEngine;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.claim.engine.SentenceEncoderEngine;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.StoredClaim;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jakarta.persistence.LockModeType;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Analyses queued articles: extract claims, embed them, file the article into a story, group its claims.
 * Articles are prepared (extracted, embedded) a few at a time in parallel, then filed one transaction per article
 * in arrival order under a row lock, so replicas sharing the queue never file an article twice.
 * PENDING → DONE, or FAILED with the reason. Articles analysed by an older extractor are re-queued at start-up.
 */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);

    private static final String NEXT_PENDING = """
            SELECT article_id FROM analysed_article WHERE status = 'PENDING'
            ORDER BY received_at LIMIT :limit FOR UPDATE SKIP LOCKED""";

    private final ClaimServiceConfig config;
    private final ExtractionEngine extraction;
    private final SentenceEncoderEngine embedder;
    private final StanceEngine stance;
    private final StoryAssigner stories;
    private final EntityManager em;
    private final Timer analysisTimer;
    private final Timer prepareTimer;
    private final ExecutorService preparers;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "analysis-drainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ReentrantLock drainLock = new ReentrantLock();

    public AnalysisWorker(ClaimServiceConfig config, ExtractionEngine extraction, SentenceEncoderEngine embedder,
                          StanceEngine stance, StoryAssigner stories, EntityManager em, MeterRegistry registry) {
        this.config = config;
        this.extraction = extraction;
        this.embedder = embedder;
        this.stance = stance;
        this.preparers = Executors.newFixedThreadPool(Math.max(1, config.extraction().threads()), runnable -> {
            Thread thread = new Thread(runnable, "analysis-preparer");
            thread.setDaemon(true);
            return thread;
        });
        this.prepareTimer = Timer.builder("crosscheck.analysis.prepare.duration")
                .description("Time to extract and embed one article, before it is filed into a story").register(registry);
        this.stories = stories;
        this.em = em;
        this.analysisTimer = Timer.builder("crosscheck.analysis.duration")
                .description("Time to file one prepared article into a story and its claim groups").register(registry);
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
        preparers.shutdownNow();
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
     * One drain at a time in this JVM, so that articles are filed in the order received: the story an article is
     * filed into can depend on which related articles were filed before it. The costly, order-free part of the
     * work (extraction, embeddings, the stance engine's pass over the text) is prepared for a few articles at
     * once on the extraction threads; filing them into stories then runs one article per transaction, in order.
     * The next batch is prepared while this one is filed, so the serial filing and the parallel preparation
     * overlap instead of taking turns.
     */
    private void drain() {
        try {
            List<UUID> batch = nextPending(List.of());
            List<Future<Prepared>> prepared = prepareAll(batch);
            while (!batch.isEmpty()) {
                List<UUID> next = nextPending(batch);
                List<Future<Prepared>> nextPrepared = prepareAll(next);
                for (int i = 0; i < batch.size(); i++) {
                    commit(batch.get(i), prepared.get(i));
                }
                batch = next;
                prepared = nextPrepared;
            }
        } catch (RuntimeException e) {
            LOG.warn("Analysis queue drain interrupted; the next poll resumes it", e);
        }
    }

    private List<Future<Prepared>> prepareAll(List<UUID> batch) {
        List<Future<Prepared>> prepared = new ArrayList<>(batch.size());
        for (UUID id : batch) {
            prepared.add(preparers.submit(() -> prepare(id)));
        }
        return prepared;
    }

    /**
     * The oldest queued articles, not locked by another replica's drain (which holds them while it files them),
     * leaving out the ones this drain is still filing (they stay PENDING until their own transaction commits).
     */
    @SuppressWarnings("unchecked")
    private List<UUID> nextPending(List<UUID> inFlight) {
        List<UUID> oldest = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(NEXT_PENDING, UUID.class)
                .setParameter("limit", config.analysis().batchSize() + inFlight.size()).getResultList());
        return oldest.stream().filter(id -> !inFlight.contains(id)).limit(config.analysis().batchSize()).toList();
    }

    /** What an article's analysis computes before it touches any story: its claims with embeddings. */
    private record Prepared(UUID articleId, String contentHash, long articleVersion, List<StoredClaim> claims,
                            AnalyzedArticle stanceView) {
    }

    private Prepared prepare(UUID articleId) {
        ReceivedArticle article = QuarkusTransaction.requiringNew().call(() -> {
            ReceivedArticle found = ReceivedArticle.findById(articleId);
            if (found != null) {
                em.detach(found);
            }
            return found;
        });
        if (article == null || article.status != AnalysisStatus.PENDING) {
            return null;
        }
        long started = System.nanoTime();
        LocalDate published = article.publishedAt == null ? null : article.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        List<ExtractedClaim> extracted = extraction.extract(
                new ExtractionRequest(article.text, article.title, published, article.language));
        // The stance engine's view of the text first: claims stated as a whole sentence then reuse its vectors.
        AnalyzedArticle stanceView = stance.analyzeArticle(article.title, article.text);
        List<StoredClaim> claims = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            claims.add(StoredClaim.of(extracted.get(i), article.articleId, i));
        }
        float[][] vectors = embedder.encode(claims.stream().map(AnalysisWorker::embeddingText).toList());
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).embedding = vectors[i];
        }
        prepareTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return new Prepared(articleId, article.contentHash, article.articleVersion, claims, stanceView);
    }

    /**
     * A claim that is its whole sentence ("The bridge was closed on Friday" from "The bridge was closed on
     * Friday.") is embedded as that sentence: the same meaning, and the stance pass has just embedded it.
     */
    static String embeddingText(StoredClaim claim) {
        String sentence = claim.sentence == null ? "" : claim.sentence.strip();
        if (sentence.startsWith(claim.text)) {
            String rest = sentence.substring(claim.text.length());
            if (rest.chars().allMatch(c -> ".!\"'\u201d\u2019 ".indexOf(c) >= 0)) {
                return sentence;
            }
        }
        return claim.text;
    }

    private void commit(UUID articleId, Future<Prepared> preparation) {
        Prepared prepared;
        try {
            prepared = preparation.get();
        } catch (ExecutionException e) {
            markFailed(articleId, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + articleId, e);
        }
        if (prepared == null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> analysisTimer.record(() -> {
                ReceivedArticle article = em.find(ReceivedArticle.class, articleId, LockModeType.PESSIMISTIC_WRITE);
                if (article == null || article.status != AnalysisStatus.PENDING
                        || article.articleVersion != prepared.articleVersion()
                        || !java.util.Objects.equals(article.contentHash, prepared.contentHash())) {
                    return;  // deleted, or changed while it was prepared: the next drain prepares the new content
                }
                file(article, prepared);
            }));
        } catch (RuntimeException e) {
            markFailed(articleId, e);
        }
    }

    /**
     * Replaces the article's claims and files it into a story: the order-dependent part, one article at a time.
     * The new claims are stored by the grouping, once their group is known.
     */
    private void file(ReceivedArticle article, Prepared prepared) {
        stories.remove(article);  // a re-analysis replaces the article's claims and its place in its story
        StoredClaim.delete("articleId", article.articleId);
        article.status = AnalysisStatus.DONE;
        article.extractor = extraction.version();
        article.error = null;
        article.analysedAt = Instant.now();
        article.attempts++;
        stories.assign(article, prepared.claims(), prepared.stanceView());
    }

    private void markFailed(UUID articleId, RuntimeException cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.warnf(cause, "Analysis of article %s failed: %s", articleId, reason);
        QuarkusTransaction.requiringNew().run(() -> {
            ReceivedArticle article = ReceivedArticle.findById(articleId);
            if (article != null) {
                article.attempts++;
                article.error = reason;
                article.extractor = extraction.version();
                // Deterministic failures do not improve with retries; transient ones get a few.
                article.status = article.attempts >= config.analysis().maxAttempts()
                        || cause instanceof ExtractionEngine.ExtractionTimeout ? AnalysisStatus.FAILED : AnalysisStatus.PENDING;
            }
        });
    }
}
