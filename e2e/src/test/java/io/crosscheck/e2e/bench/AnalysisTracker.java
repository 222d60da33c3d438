package io.crosscheck.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches accepted articles until the gateway's {@code GET /api/articles/{id}} shows their analysis DONE (or
 * FAILED), from one thread, so that polling stays a small part of the load: each sweep asks about the oldest
 * pending articles first and stops at the second one still pending (the claim-service analyses in arrival
 * order, at most a few at a time), backing off from 10 to 200 ms while nothing changes; every 5 s a deeper
 * sweep looks past up to 8 pending articles, for any finished out of order. The time an article is seen done
 * is its completion time (resolution: one sweep, at most ~0.2 s).
 */
final class AnalysisTracker {

    enum Status { PENDING, DONE, FAILED }

    static final class Entry {
        final String id;
        final long postedNanos;
        volatile long doneNanos;
        volatile Status status = Status.PENDING;
        volatile String storyId;

        Entry(String id, long postedNanos) {
            this.id = id;
            this.postedNanos = postedNanos;
        }

        double latencyMillis() {
            return (doneNanos - postedNanos) / 1e6;
        }
    }

    private static final int LOOKAHEAD = 2;
    private static final int DEEP_LOOKAHEAD = 8;
    private static final long MIN_BACKOFF_MS = 10;
    private static final long MAX_BACKOFF_MS = 200;
    private static final long DEEP_SWEEP_NANOS = Duration.ofSeconds(5).toNanos();

    private final GatewayClient client;
    private final ConcurrentLinkedQueue<Entry> incoming = new ConcurrentLinkedQueue<>();
    private final List<Entry> all = new ArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger pollErrors = new AtomicInteger();
    private volatile boolean postingDone;

    AnalysisTracker(String gatewayUrl) {
        this.client = new GatewayClient(gatewayUrl);
    }

    /** An article the gateway accepted; thread-safe. */
    void accepted(String id, long postedNanos) {
        incoming.add(new Entry(id, postedNanos));
    }

    /** No more articles will be added. */
    void postingDone() {
        postingDone = true;
    }

    int polls() {
        return polls.get();
    }

    int pollErrors() {
        return pollErrors.get();
    }

    /**
     * Polls until every accepted article is done or failed, or nothing has finished for {@code stall}, or
     * {@code limit} has passed; call from the thread that runs the poller (it returns when watching is over).
     * Returns every article, in acceptance order; those still PENDING are lost.
     */
    List<Entry> watch(Duration stall, Duration limit) throws InterruptedException {
        List<Entry> pending = new ArrayList<>();
        long start = System.nanoTime();
        long lastProgress = start;
        long lastDeep = start;
        long backoff = MIN_BACKOFF_MS;
        while (true) {
            for (Entry e; (e = incoming.poll()) != null; ) {
                pending.add(e);
                all.add(e);
            }
            long now = System.nanoTime();
            if (postingDone && pending.isEmpty() && incoming.isEmpty()) {
                break;
            }
            if (now - lastProgress > stall.toNanos() || now - start > limit.toNanos()) {
                Bench.log("giving up on %d articles still pending (stall %s, limit %s)", pending.size(), stall, limit);
                break;
            }
            boolean deep = now - lastDeep > DEEP_SWEEP_NANOS;
            if (deep) {
                lastDeep = now;
            }
            int found = 0;
            int misses = 0;
            for (Iterator<Entry> it = pending.iterator(); it.hasNext(); ) {
                Entry e = it.next();
                if (check(e)) {
                    it.remove();
                    found++;
                } else if (++misses >= (deep ? DEEP_LOOKAHEAD : LOOKAHEAD)) {
                    break;
                }
            }
            if (found > 0) {
                lastProgress = System.nanoTime();
                backoff = MIN_BACKOFF_MS;
            } else {
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        for (Entry e; (e = incoming.poll()) != null; ) {
            all.add(e);
        }
        return all;
    }

    /** True when the article's analysis is over (DONE or FAILED). */
    private boolean check(Entry e) {
        polls.incrementAndGet();
        try {
            GatewayClient.Answer answer = client.get("/api/articles/" + e.id);
            if (answer.status() != 200) {
                pollErrors.incrementAndGet();
                return false;
            }
            JsonNode json = answer.json();
            String status = json.path("analysis").path("status").asText("PENDING");
            if (status.equals("PENDING")) {
                return false;
            }
            e.doneNanos = System.nanoTime();
            e.storyId = json.path("storyId").isTextual() ? json.path("storyId").asText() : null;
            e.status = status.equals("DONE") ? Status.DONE : Status.FAILED;
            return true;
        } catch (java.io.IOException ex) {
            pollErrors.incrementAndGet();
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
