package io.crosscheck.claim.engine;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the extractor under a time limit and on a bounded pool, so that one pathological text can neither
 * hang a request nor take every core. Models load once, at start-up (eager), not on the first request.
 */
@Startup
@ApplicationScoped
public class ExtractionEngine {

    /** The time limit was reached; the text may be pathological. */
    public static class ExtractionTimeout extends RuntimeException {
        public ExtractionTimeout(String message) {
            super(message);
        }
    }

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ExecutorService pool;
    private final ClaimServiceConfig config;

    public ExtractionEngine(ClaimServiceConfig config) {
        this.config = config;
        this.pool = Executors.newFixedThreadPool(config.extraction().threads(), runnable -> {
            Thread thread = new Thread(runnable, "claim-extraction");
            thread.setDaemon(true);
            return thread;
        });
    }

    public String version() {
        return ClaimExtractor.VERSION;
    }

    public List<ExtractedClaim> extract(ExtractionRequest request) {
        Future<List<ExtractedClaim>> result = pool.submit(() -> extractor.extract(request));
        long limit = config.extraction().timeout().toMillis();
        try {
            return result.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionTimeout("extraction took longer than " + limit + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
