package io.crosscheck.claim.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.claim.config.ClaimServiceConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Story reports as serialised JSON, keyed by story and revision. A report reads every grouped claim of its story
 * (hundreds of milliseconds at 1,000 articles) while stories change only when an article is analysed or removed,
 * so readers share one rendering per revision. Each request still reads the story's current revision (one indexed
 * row), so an answer is never older than the last committed change. Bounded by total bytes, least recently used
 * out first; one instance per JVM (replicas each keep their own, all keyed by the revision in the database).
 */
@ApplicationScoped
public class StoryReportCache {

    /** A rendered report: the JSON bytes of one revision of one story. */
    public record RenderedReport(UUID storyId, long revision, byte[] json) {
        public String etag() {
            return "\"" + storyId + "-" + revision + "\"";
        }
    }

    private final StoryReportService reports;
    private final ObjectMapper json;
    private final long maxBytes;
    private final Counter hits;
    private final Counter misses;
    private final Map<UUID, RenderedReport> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    /** Striped locks: concurrent readers of a stale story wait for one rendering instead of each doing it. */
    private final Object[] renderLocks = new Object[32];

    public StoryReportCache(StoryReportService reports, ObjectMapper json, ClaimServiceConfig config, MeterRegistry registry) {
        this.reports = reports;
        this.json = json;
        this.maxBytes = config.stories().reportCacheBytes();
        this.hits = Counter.builder("crosscheck.story.report.cache").tag("result", "hit").register(registry);
        this.misses = Counter.builder("crosscheck.story.report.cache").tag("result", "miss").register(registry);
        for (int i = 0; i < renderLocks.length; i++) {
            renderLocks[i] = new Object();
        }
    }

    /** The current report of the story, or empty when there is no such story. */
    public Optional<RenderedReport> report(UUID storyId) {
        Optional<Long> revision = reports.revision(storyId);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        RenderedReport cached = cached(storyId, revision.get());
        if (cached != null) {
            hits.increment();
            return Optional.of(cached);
        }
        synchronized (renderLocks[Math.floorMod(storyId.hashCode(), renderLocks.length)]) {
            cached = cached(storyId, revision.get());
            if (cached != null) {
                hits.increment();
                return Optional.of(cached);
            }
            misses.increment();
            Optional<RenderedReport> rendered = reports.revisedReport(storyId)
                    .map(r -> new RenderedReport(storyId, r.revision(), serialise(r.report())));
            rendered.ifPresent(this::store);
            return rendered;
        }
    }

    private synchronized RenderedReport cached(UUID storyId, long revision) {
        RenderedReport cached = cache.get(storyId);
        // A newer revision than asked for is fine too: it was committed after the revision was read.
        return cached != null && cached.revision() >= revision ? cached : null;
    }

    private synchronized void store(RenderedReport report) {
        if (report.json().length > maxBytes) {
            return;
        }
        RenderedReport previous = cache.get(report.storyId());
        if (previous != null && previous.revision() > report.revision()) {
            return;
        }
        if (previous != null) {
            bytes -= previous.json().length;
        }
        cache.put(report.storyId(), report);
        bytes += report.json().length;
        Iterator<RenderedReport> eldest = cache.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            RenderedReport evicted = eldest.next();
            eldest.remove();
            bytes -= evicted.json().length;
        }
    }

    private byte[] serialise(Object report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
