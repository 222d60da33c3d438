package io.crosscheck.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one place that owns the policy of every call to the article-service. Annotation values are defaults;
 * each can be overridden in configuration, e.g.
 * {@code quarkus.fault-tolerance."io.crosscheck.gateway.client.ArticleServiceClient/get".timeout.value=3000}.
 * <ul>
 * <li>Only idempotent calls (GET, PUT, DELETE) are retried, with exponential back-off and jitter. A create or
 * a batch is never retried: a lost answer does not mean a lost write.</li>
 * <li>A timeout is never retried: a slow service does not get faster by being asked twice.</li>
 * <li>Each call has its own circuit breaker, so a slow batch endpoint cannot shut off reads.</li>
 * <li>The fallback turns any failure into a problem naming the article-service (502/503/504).</li>
 * </ul>
 */
@ApplicationScoped
public class ArticleServiceClient {

    public static final String NAME = "article-service";

    private final ArticleServiceApi api;

    public ArticleServiceClient(@RestClient ArticleServiceApi api) {
        this.api = api;
    }

    @AsynchronousNonBlocking
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.create")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> create(String contentType, byte[] body) {
        return api.create(contentType, body).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.get")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> get(String id) {
        return api.get(id).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.html")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> html(String id) {
        return api.html(id).map(r -> Downstream.read(NAME, r));
    }

    /** Retried: the article-service's optimistic version makes a repeated PUT harmless (at worst a 409). */
    @AsynchronousNonBlocking
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.update")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> update(String id, String contentType, byte[] body) {
        return api.update(id, contentType, body).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.delete")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> delete(String id) {
        return api.delete(id).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.list")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> list(ArticleQuery query) {
        return api.list(query.source(), query.q(), query.from(), query.to(), query.page(), query.size())
                .map(r -> Downstream.read(NAME, r));
    }

    /** Up to 1,000 articles each stored in its own transaction: a long limit, and never retried. */
    @AsynchronousNonBlocking
    @Timeout(60_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("article-service.batch")
    @Fallback(ArticleServiceFailure.class)
    public Uni<Downstream> batch(String contentType, byte[] body) {
        return api.batch(contentType, body).map(r -> Downstream.read(NAME, r));
    }

    /** For the readiness report only: a short limit, no retry, no breaker (it must tell the truth). */
    @AsynchronousNonBlocking
    @Timeout(1000)
    public Uni<Downstream> probe() {
        return api.live().map(r -> Downstream.read(NAME, r));
    }
}
