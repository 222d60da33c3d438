package io.crosscheck.gateway.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryReportCacheTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ExecutorService compressionThreads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        compressionThreads.shutdownNow();
    }

    @Test
    void gzipIsMadeOnceAndConcurrentCallersShareIt() throws IOException {
        StoryReportCache cache = cache(1 << 20);
        byte[] body = json(20_000);
        CachedStoryReport entry = cache.put("s1", report(body, "\"s1-1\""));

        List<byte[]> results = IntStream.range(0, 16).parallel()
                .mapToObj(i -> entry.gzipped().await().indefinitely()).toList();

        assertEquals(1.0, compressions());
        results.forEach(gzip -> assertSame(results.get(0), gzip));
        assertArrayEquals(body, new GZIPInputStream(new ByteArrayInputStream(results.get(0))).readAllBytes());
        assertSame(entry, cache.get("s1"));
    }

    @Test
    void theBoundCountsGzipBytesToo() {
        byte[] body = json(10_000);
        StoryReportCache cache = cache(2 * body.length + 100);
        CachedStoryReport first = cache.put("s1", report(body, "\"s1-1\""));
        cache.put("s2", report(body, "\"s2-1\""));
        assertEquals(2L * body.length, cache.bytes());

        assertSame(first, cache.get("s1"), "a request reads s1 before asking for its gzip form");
        byte[] gzip = first.gzipped().await().indefinitely();

        // s1 was used last, so s2 (the least recently used) made room for s1's gzip bytes.
        assertEquals(body.length + gzip.length, cache.bytes());
        assertNotNull(cache.get("s1"));
        assertNull(cache.get("s2"));
        cache.remove("s1");
        assertEquals(0, cache.bytes());
    }

    @Test
    void gzipOfAnEntryThatLeftTheCacheIsNotCounted() {
        StoryReportCache cache = cache(1 << 20);
        CachedStoryReport old = cache.put("s1", report(json(5_000), "\"s1-1\""));
        CachedStoryReport revised = cache.put("s1", report(json(6_000), "\"s1-2\""));

        old.gzipped().await().indefinitely();

        assertEquals(revised.report().body().length, cache.bytes());
    }

    @Test
    void theSameRevisionSentAgainKeepsItsEntryAndGzip() {
        StoryReportCache cache = cache(1 << 20);
        byte[] body = json(5_000);
        CachedStoryReport first = cache.put("s1", report(body, "\"s1-1\""));
        first.gzipped().await().indefinitely();
        long counted = cache.bytes();

        CachedStoryReport again = cache.put("s1", report(body.clone(), "\"s1-1\""));
        again.gzipped().await().indefinitely();

        assertSame(first, again);
        assertEquals(counted, cache.bytes());
        assertEquals(1.0, compressions());
        CachedStoryReport revised = cache.put("s1", report(json(5_100), "\"s1-2\""));
        assertEquals(revised.report().body().length, cache.bytes());
    }

    @Test
    void onlyReportsWithAnETagAreKept() {
        StoryReportCache cache = cache(1 << 20);
        assertNull(cache.put("s1", report(json(100), null)));
        assertNull(cache.put("s2", new Downstream(404, "application/problem+json", json(100), null, "\"x\"")));
        assertNull(cache.put("s3", report(json(2 << 20), "\"s3-1\"")), "larger than the whole cache");
        assertEquals(0, cache.bytes());
    }

    @Test
    void aReportIsFreshForTheMaxStalenessAfterTheClaimServiceLastConfirmedIt() {
        StoryReportCache cache = new StoryReportCache(1 << 20, Duration.ofSeconds(1), new StoryReportCompressor(registry),
                compressionThreads, () -> now);
        CachedStoryReport entry = cache.put("s1", report(json(100), "\"s1-1\""));
        now += 999_000_000L;
        assertTrue(cache.fresh(entry));
        now += 1_000_000L;
        assertFalse(cache.fresh(entry), "a second after it was stored it is revalidated");

        cache.confirmed(entry);  // the claim-service answered 304
        now += 500_000_000L;
        assertTrue(cache.fresh(entry));
        now += 600_000_000L;
        assertFalse(cache.fresh(entry));
        assertSame(entry, cache.put("s1", report(json(100), "\"s1-1\"")), "the same revision sent again");
        assertTrue(cache.fresh(entry), "and confirmed by it");
    }

    @Test
    void aMaxStalenessOfZeroRevalidatesEveryRequest() {
        StoryReportCache cache = cache(1 << 20);
        CachedStoryReport entry = cache.put("s1", report(json(100), "\"s1-1\""));
        assertFalse(cache.fresh(entry));
        assertTrue(cache.shouldRevalidate(entry));
        assertTrue(cache.shouldRevalidate(entry), "every request, even while another revalidates");
    }

    @Test
    void oneRequestRevalidatesAStaleReportWhileTheOthersAreAnsweredFromIt() {
        StoryReportCache cache = new StoryReportCache(1 << 20, Duration.ofSeconds(1), new StoryReportCompressor(registry),
                compressionThreads, () -> now);
        CachedStoryReport entry = cache.put("s1", report(json(100), "\"s1-1\""));
        now += 1_200_000_000L;
        assertFalse(cache.fresh(entry));
        assertTrue(cache.shouldRevalidate(entry), "the first request after it went stale asks the claim-service");
        now += 20_000_000L;
        assertFalse(cache.shouldRevalidate(entry), "the next ones, while it waits, are answered from the kept report");

        cache.confirmed(entry);  // 304
        assertTrue(cache.fresh(entry));
        now += 1_100_000_000L;
        assertTrue(cache.shouldRevalidate(entry), "stale again: one request asks again");

        cache.revalidationFailed(entry);  // the call failed
        assertTrue(cache.shouldRevalidate(entry), "after a failure the next request tries");
        now += 999_000_000L;
        assertFalse(cache.shouldRevalidate(entry));
        now += 2_000_000L;
        assertTrue(cache.shouldRevalidate(entry), "a revalidation unanswered for the max staleness is taken over");
    }

    private long now = 42_000_000_000L;

    private StoryReportCache cache(long maxBytes) {
        return new StoryReportCache(maxBytes, Duration.ZERO, new StoryReportCompressor(registry), compressionThreads,
                System::nanoTime);
    }

    private double compressions() {
        return registry.counter("crosscheck.gateway.story.report.compressions").count();
    }

    private static Downstream report(byte[] body, String etag) {
        return new Downstream(200, "application/json", body, null, etag);
    }

    /** A JSON array of about {@code size} bytes. */
    private static byte[] json(int size) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; json.length() < size; i++) {
            json.append(i == 0 ? "" : ",").append("{\"article\":").append(i).append(",\"title\":\"Rail line ").append(i * 7).append("\"}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
