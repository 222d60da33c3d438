package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.engine.ExtractionEngine;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The analysis queue: articles PENDING in {@code analysed_article}, oldest first. Each drain prepares a few
 * articles in parallel ({@link ArticlePreparation}) and files them one at a time in arrival order
 * ({@link ArticleFiling}). PENDING → DONE, or FAILED with the reason. Articles analysed by another extractor
 * version are queued again at start-up.
 */
@ApplicationScoped
public class AnalysisQueue {

    private static final Logger LOG = Logger.getLogger(AnalysisQueue.class);

    private final ClaimServiceConfig config;
    private final ExtractionEngine extraction;
    private final ArticlePreparation preparation;
    private final ArticleFiling filing;
    private final ReceivedArticleRepository articles;
    private final ExecutorService preparers;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "analysis-drainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ReentrantLock drainLock = new ReentrantLock();

    public AnalysisQueue(ClaimServiceConfig config, ExtractionEngine extraction, ArticlePreparation preparation,
                         ArticleFiling filing, ReceivedArticleRepository articles) {
        this.config = config;
        this.extraction = extraction;
        this.preparation = preparation;
        this.filing = filing;
        this.articles = articles;
        this.preparers = Executors.newFixedThreadPool(Math.max(1, config.extraction().threads()), runnable -> {
            Thread thread = new Thread(runnable, "analysis-preparer");
            thread.setDaemon(true);
            return thread;
        });
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
        int requeued = QuarkusTransaction.requiringNew().call(
                () -> articles.requeueAnalysedByOtherThan(extraction.version()));
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
            List<Future<PreparedArticle>> prepared = prepareAll(batch);
            while (!batch.isEmpty()) {
                List<UUID> next = nextPending(batch);
                List<Future<PreparedArticle>> nextPrepared = prepareAll(next);
                for (int i = 0; i < batch.size(); i++) {
                    fileWhenPrepared(batch.get(i), prepared.get(i));
                }
                batch = next;
                prepared = nextPrepared;
            }
        } catch (RuntimeException e) {
            LOG.warn("Analysis queue drain interrupted; the next poll resumes it", e);
        }
    }

    private List<Future<PreparedArticle>> prepareAll(List<UUID> batch) {
        List<Future<PreparedArticle>> prepared = new ArrayList<>(batch.size());
        for (UUID id : batch) {
            prepared.add(preparers.submit(() -> preparation.prepare(id)));
        }
        return prepared;
    }

    /**
     * The oldest queued articles, not locked by another replica's drain (which holds them while it files them),
     * leaving out the ones this drain is still filing (they stay PENDING until their own transaction commits).
     */
    private List<UUID> nextPending(List<UUID> inFlight) {
        List<UUID> oldest = QuarkusTransaction.requiringNew().call(
                () -> articles.nextPending(config.analysis().batchSize() + inFlight.size()));
        return oldest.stream().filter(id -> !inFlight.contains(id)).limit(config.analysis().batchSize()).toList();
    }

    private void fileWhenPrepared(UUID articleId, Future<PreparedArticle> pending) {
        PreparedArticle prepared;
        try {
            prepared = pending.get();
        } catch (ExecutionException e) {
            filing.markFailed(articleId, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + articleId, e);
        }
        if (prepared != null) {
            filing.file(prepared);
        }
    }
}
