package io.crosscheck.gateway.client;

import io.crosscheck.gateway.config.GatewayConfig;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * The last story reports the claim-service sent, with their ETags, and their gzip forms once asked for. A kept report
 * is served as it is for {@code crosscheck.gateway.story-report-max-staleness} after the claim-service last confirmed
 * it; after that the gateway revalidates it (If-None-Match), so an answer is never staler than that plus the one
 * revalidation under way (see {@link #shouldRevalidate}); an unchanged
 * report then costs a 304 between the services instead of the whole report (0.8 MB at 100 articles) read and re-sent,
 * and no compression either (see {@link CachedStoryReport}).
 * Bounded by total bytes, identity and gzip together, least recently used out first.
 */
@ApplicationScoped
public class StoryReportCache {

    private final long maxBytes;
    private final StoryReportCompressor compressor;
    private final Executor compressionThreads;
    private final long maxStalenessNanos;
    private final LongSupplier clock;
    private final Map<String, CachedStoryReport> reports = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @Inject
    public StoryReportCache(GatewayConfig config, StoryReportCompressor compressor) {
        this(config.storyReportCacheBytes(), config.storyReportMaxStaleness(), compressor,
                Infrastructure.getDefaultWorkerPool(), System::nanoTime);
    }

    StoryReportCache(long maxBytes, Duration maxStaleness, StoryReportCompressor compressor, Executor compressionThreads,
                     LongSupplier clock) {
        this.maxBytes = maxBytes;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.compressor = compressor;
        this.compressionThreads = compressionThreads;
        this.clock = clock;
    }

    public synchronized CachedStoryReport get(String storyId) {
        return reports.get(storyId);
    }

    /** Whether the entry was confirmed current recently enough to answer without asking the claim-service. */
    public boolean fresh(CachedStoryReport entry) {
        return maxStalenessNanos > 0 && clock.getAsLong() - entry.confirmedAt() < maxStalenessNanos;
    }

    /**
     * Whether the caller, holding a stale entry, should revalidate it. One request does; the others that arrive while
     * it waits for the claim-service are answered from the entry, which is then stale by at most that round trip.
     * Without this, every request of the window asked the claim-service itself: at 50 clients, a burst of dozens of
     * revalidations each time the entry went stale, and those requests made the p99. A revalidation not answered
     * within the max staleness (a failed or lost call) is taken over by the next request. With a max staleness of
     * zero every request revalidates, as configured.
     */
    public boolean shouldRevalidate(CachedStoryReport entry) {
        if (maxStalenessNanos <= 0) {
            return true;
        }
        long now = clock.getAsLong();
        return entry.claimRevalidation(now, now - maxStalenessNanos);
    }

    /** The revalidation the entry's caller claimed did not get an answer: the next request may try. */
    public void revalidationFailed(CachedStoryReport entry) {
        entry.revalidationFailed();
    }

    /** The claim-service answered 304 for the entry's ETag: it is current as of now. */
    public void confirmed(CachedStoryReport entry) {
        entry.confirmed(clock.getAsLong());
    }

    /**
     * Keeps a 200 answer that carries an ETag, replacing the story's previous revision; anything else is not a
     * report to revalidate. Returns the entry kept for the story, or null when the answer was not kept.
     */
    public synchronized CachedStoryReport put(String storyId, Downstream report) {
        if (!report.ok() || report.etag() == null || report.body() == null || report.body().length > maxBytes) {
            return null;
        }
        CachedStoryReport current = reports.get(storyId);
        if (current != null && !report.etag().startsWith("W/") && report.etag().equals(current.report().etag())) {
            // The same revision sent again (requests that raced past an empty cache, or a 200 instead of a 304):
            // a strong ETag means the same bytes, so the entry stays, with its gzip form if already made.
            current.confirmed(clock.getAsLong());
            return current;
        }
        remove(storyId);
        CachedStoryReport entry = new CachedStoryReport(report, compressor::gzip, compressionThreads, this::compressed);
        entry.confirmed(clock.getAsLong());
        reports.put(storyId, entry);
        entry.kept = true;
        count(entry, report.body().length);
        return entry;
    }

    public synchronized void remove(String storyId) {
        CachedStoryReport previous = reports.remove(storyId);
        if (previous != null) {
            forget(previous);
        }
    }

    /** Total bytes counted against the bound (for tests). */
    synchronized long bytes() {
        return bytes;
    }

    /** The gzip form of an entry is made: it counts too, unless the entry has left the cache meanwhile. */
    private synchronized void compressed(CachedStoryReport entry, int gzipBytes) {
        if (entry.kept) {
            count(entry, gzipBytes);
        }
    }

    private void count(CachedStoryReport entry, long entryBytes) {
        entry.countedBytes += entryBytes;
        bytes += entryBytes;
        Iterator<CachedStoryReport> eldest = reports.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            forget(eldest.next());
            eldest.remove();
        }
    }

    private void forget(CachedStoryReport entry) {
        entry.kept = false;
        bytes -= entry.countedBytes;
    }
}
