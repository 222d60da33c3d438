package io.crosscheck.article.outbox;

import io.crosscheck.article.client.ClaimServiceNotifier;
import io.crosscheck.article.client.ClaimServiceNotifier.DeliveryException;
import io.crosscheck.article.config.OutboxConfig;
import io.crosscheck.article.model.Article;
import io.crosscheck.article.model.OutboxEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers outbox events to the claim-service, oldest first, at least once.
 *
 * <ul>
 *   <li>Several replicas drain together: rows are claimed with {@code FOR UPDATE SKIP LOCKED}.</li>
 *   <li>Order per article is kept: an event waits while an older one of the same article is pending,
 *       so a deletion can never overtake the article's creation.</li>
 *   <li>A failed event backs off exponentially (initial-backoff doubling to max-backoff); when the
 *       claim-service is down as a whole the drainer pauses for the same back-off instead of trying every row.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxDrainer {

    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class);

    private static final String DUE_EVENTS = """
            SELECT o.* FROM article_outbox o
            WHERE o.next_attempt_at <= now()
              AND NOT EXISTS (SELECT 1 FROM article_outbox older
                              WHERE older.article_id = o.article_id AND older.id < o.id)
            ORDER BY o.id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""";

    private final OutboxConfig config;
    private final ClaimServiceNotifier notifier;
    private final EntityManager em;
    private final Counter delivered;
    private final Counter failed;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile int consecutiveOutages;

    public OutboxDrainer(OutboxConfig config, ClaimServiceNotifier notifier, EntityManager em, MeterRegistry registry) {
        this.config = config;
        this.notifier = notifier;
        this.em = em;
        this.delivered = Counter.builder("crosscheck.outbox.delivered")
                .description("Article events acknowledged by the claim-service").register(registry);
        this.failed = Counter.builder("crosscheck.outbox.failed")
                .description("Failed delivery attempts (each is retried)").register(registry);
    }

    @Scheduled(every = "${crosscheck.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        int count;
        do {
            count = QuarkusTransaction.requiringNew().call(this::drainBatch);
        } while (count == config.batchSize() && Instant.now().isAfter(pausedUntil));
    }

    /** Claims and delivers one batch of due events; returns how many were claimed. */
    int drainBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> events = em.createNativeQuery(DUE_EVENTS, OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        for (OutboxEvent event : events) {
            try {
                deliver(event);
                event.delete();
                delivered.increment();
                consecutiveOutages = 0;
            } catch (DeliveryException e) {
                failed.increment();
                event.attempts++;
                event.lastError = e.getMessage();
                Duration backoff = backoff(event.attempts);
                event.nextAttemptAt = Instant.now().plus(backoff);
                if (e.serviceUnavailable()) {
                    // The rest of the batch would fail the same way: wait, keep their places in the queue.
                    Duration pause = backoff(++consecutiveOutages);
                    pausedUntil = Instant.now().plus(pause);
                    LOG.warnf("Outbox paused for %s: %s (event %d, attempt %d)", pause, e.getMessage(), event.id,
                            event.attempts);
                    break;
                }
                LOG.warnf("Outbox event %d for article %s refused: %s; retry in %s", event.id, event.articleId,
                        e.getMessage(), backoff);
            }
        }
        return events.size();
    }

    private void deliver(OutboxEvent event) {
        switch (event.type) {
            case UPSERTED -> {
                Article article = Article.findById(event.articleId);
                // Gone: a DELETED event for it is queued behind this one and will be delivered instead.
                if (article != null) {
                    notifier.articleStored(article);
                }
            }
            case DELETED -> notifier.articleDeleted(event.articleId);
        }
    }

    Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long millis = initial << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, max));
    }
}
