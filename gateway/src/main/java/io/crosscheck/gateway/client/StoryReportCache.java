package io.crosscheck.gateway.client;

import io.crosscheck.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last story reports the claim-service sent, with their ETags. The gateway revalidates every request
 * (If-None-Match), so an answer is never staler than the claim-service's; an unchanged report then costs a
 * 304 between the services instead of the whole report (1 MB at 1,000 articles) read and re-sent.
 * Bounded by total bytes, least recently used out first.
 */
@ApplicationScoped
public class StoryReportCache {

    private final long maxBytes;
    private final Map<String, Downstream> reports = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public StoryReportCache(GatewayConfig config) {
        this.maxBytes = config.storyReportCacheBytes();
    }

    public synchronized Downstream get(String storyId) {
        return reports.get(storyId);
    }

    /** Keeps a 200 answer that carries an ETag; anything else is not a report to revalidate. */
    public synchronized void put(String storyId, Downstream report) {
        if (!report.ok() || report.etag() == null || report.body() == null || report.body().length > maxBytes) {
            return;
        }
        remove(storyId);
        reports.put(storyId, report);
        bytes += report.body().length;
        Iterator<Downstream> eldest = reports.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    public synchronized void remove(String storyId) {
        Downstream previous = reports.remove(storyId);
        if (previous != null) {
            bytes -= previous.body().length;
        }
    }
}
