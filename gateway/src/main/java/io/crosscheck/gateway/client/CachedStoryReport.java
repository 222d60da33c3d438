package io.crosscheck.gateway.client;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;

/**
 * One kept revision of a story report: the claim-service's answer and, once a caller has asked for it, its gzip
 * form, so that a revision is compressed once however often it is served.
 * <p>
 * Compressed lazily, on the first request that wants gzip, rather than when stored: a revision that only identity
 * callers read, or that nobody reads before the next one replaces it (an active story changes with every analysed
 * article), then costs neither the CPU nor the memory. The compression runs off the event loop (a 1,000-article
 * report takes a few hundred milliseconds); callers that arrive meanwhile wait for the same result.
 */
public final class CachedStoryReport {

    private final Downstream report;
    private final Uni<byte[]> gzipped;

    /** When (System.nanoTime) the claim-service last confirmed this revision as current. */
    private volatile long confirmedAt;

    /** Whether the cache still holds this entry; guarded by the {@link StoryReportCache}. */
    boolean kept;
    /** What the cache's byte bound counts for this entry (identity, plus gzip once made); guarded by the cache. */
    long countedBytes;

    CachedStoryReport(Downstream report, UnaryOperator<byte[]> gzip, Executor compressionThreads,
                      ObjIntConsumer<CachedStoryReport> onCompressed) {
        this.report = report;
        this.gzipped = Uni.createFrom().item(() -> gzip.apply(report.body()))
                .runSubscriptionOn(compressionThreads)
                .invoke(compressed -> onCompressed.accept(this, compressed.length))
                .memoize().indefinitely();
    }

    /** When (System.nanoTime) a request started revalidating this revision, 0 when none is under way. */
    private final AtomicLong revalidationStartedAt = new AtomicLong();

    void confirmed(long nanoTime) {
        confirmedAt = nanoTime;
        revalidationStartedAt.set(0);
    }

    /** Claims the revalidation unless another request's, started after {@code since}, is under way. */
    boolean claimRevalidation(long nanoTime, long since) {
        long started = revalidationStartedAt.get();
        return (started == 0 || started - since <= 0) && revalidationStartedAt.compareAndSet(started, nanoTime);
    }

    void revalidationFailed() {
        revalidationStartedAt.set(0);
    }

    long confirmedAt() {
        return confirmedAt;
    }

    /** The claim-service's answer: status, content type, the identity body and its ETag. */
    public Downstream report() {
        return report;
    }

    /** The body gzip-compressed; made on the first subscription, then the same bytes for every later one. */
    public Uni<byte[]> gzipped() {
        return gzipped;
    }
}
