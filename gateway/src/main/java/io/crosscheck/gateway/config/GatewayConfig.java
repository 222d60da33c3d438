package io.crosscheck.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The gateway's own settings. The neighbours' addresses are the REST clients' own keys
 * ({@code quarkus.rest-client.article-service.url}, {@code quarkus.rest-client.claim-service.url}) and the
 * call policies are the fault-tolerance keys (see the client wrappers); this holds the rest.
 */
@ConfigMapping(prefix = "crosscheck.gateway")
public interface GatewayConfig {

    Readiness readiness();

    /** Memory for the story reports kept for revalidation with the claim-service (bytes). */
    @WithDefault("33554432")
    long storyReportCacheBytes();

    /**
     * Story reports at least this large (bytes) are sent gzip-compressed to callers that accept gzip; below it the
     * gzip header and framing save next to nothing.
     */
    @WithDefault("1024")
    int storyReportGzipMinBytes();

    /**
     * How long a kept story report is served without asking the claim-service whether it changed (0: ask on every
     * request). Under load this turns one revalidation per request into one per story per interval; the price is
     * that a report can lag the claim-service's by up to this long, plus the one revalidation under way (requests
     * that arrive while it waits are answered from the kept copy).
     */
    @WithDefault("1s")
    Duration storyReportMaxStaleness();

    /**
     * Who may read the API: {@code permit} (anyone, the default) or {@code readers} (a token with the role reader,
     * editor or admin). Applied by the HTTP permission {@code quarkus.http.auth.permission.reads}, which names it;
     * declared here so that it is documented and checked with the other settings.
     */
    @WithDefault("permit")
    String readPolicy();

    /**
     * The largest claim check or stance body passed on, as the claim-service's own request limit (its
     * {@code quarkus.http.limits.max-body-size}). Refused here with a 413: sent on, the claim-service would close
     * the connection while the gateway was still writing, and the caller would get a 502.
     */
    @WithDefault("8M")
    MemorySize claimServiceMaxBodySize();

    RateLimit rateLimit();

    /**
     * Per-client budgets: a client is the user a valid bearer token names, else the caller's address (behind a
     * proxy, the forwarded one when {@code quarkus.http.proxy.proxy-address-forwarding} is on). Each budget is a
     * token bucket: a burst of up to {@code *Burst} requests, refilled at {@code *PerMinute}.
     */
    interface RateLimit {

        /** Off for the benchmarks, which measure the service rather than the budget. */
        @WithDefault("true")
        boolean enabled();

        /** GET and HEAD requests: 10 a second. */
        @WithDefault("600")
        int readsPerMinute();

        @WithDefault("30")
        int readBurst();

        /** Every POST, PUT and DELETE: storing articles (a batch counts once), claim checks, stance; 2 a second. */
        @WithDefault("120")
        int writesPerMinute();

        @WithDefault("20")
        int writeBurst();

        /** Clients whose budgets are remembered; the least recently seen are forgotten first (and start afresh). */
        @WithDefault("100000")
        int maxClients();
    }

    interface Readiness {

        /**
         * Whether the readiness report probes each neighbour's liveness and lists what it found. It never
         * makes the gateway unready: without the claim-service the gateway still serves, degraded.
         */
        @WithDefault("true")
        boolean probeNeighbours();
    }
}
