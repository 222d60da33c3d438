package io.crosscheck.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.error.NeighbourServerError;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one place that owns the policy of every call to the claim-service (overridable in configuration as
 * {@code quarkus.fault-tolerance."io.crosscheck.gateway.client.ClaimServiceClient/<method>".<policy>.<key>}).
 * The analysis read sits on the path of {@code GET /api/articles/{id}}, so it has a short limit, one retry
 * and a fallback that degrades instead of failing. Claim checks and stance are POSTs without side effects,
 * but they are the expensive calls of the claim-service: not retried, so an overloaded service is not asked twice.
 */
@ApplicationScoped
public class ClaimServiceClient {

    public static final String NAME = "claim-service";

    private final ClaimServiceApi api;
    private final ObjectMapper mapper;

    public ClaimServiceClient(@RestClient ClaimServiceApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @AsynchronousNonBlocking
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 50, jitter = 25, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.analysis")
    @Fallback(PendingAnalysisFallback.class)
    public Uni<ArticleAnalysis> analysis(String articleId) {
        return api.analysis(articleId).map(r -> toAnalysis(Downstream.read(NAME, r)));
    }

    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.stories")
    @Fallback(ClaimServiceFailure.class)
    public Uni<Downstream> stories(String page, String size, String sort) {
        return api.stories(page, size, sort).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.story")
    @Fallback(ClaimServiceFailure.class)
    public Uni<Downstream> story(String id, String ifNoneMatch) {
        return api.story(id, ifNoneMatch).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.check")
    @Fallback(ClaimServiceFailure.class)
    public Uni<Downstream> check(String contentType, byte[] body) {
        return api.check(contentType, body).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.compare")
    @Fallback(ClaimServiceFailure.class)
    public Uni<Downstream> compare(String contentType, byte[] body) {
        return api.compare(contentType, body).map(r -> Downstream.read(NAME, r));
    }

    @AsynchronousNonBlocking
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000, successThreshold = 2)
    @CircuitBreakerName("claim-service.stance")
    @Fallback(ClaimServiceFailure.class)
    public Uni<Downstream> stance(String contentType, byte[] body) {
        return api.stance(contentType, body).map(r -> Downstream.read(NAME, r));
    }

    /** For the readiness report only: a short limit, no retry, no breaker (it must tell the truth). */
    @AsynchronousNonBlocking
    @Timeout(1000)
    public Uni<Downstream> probe() {
        return api.live().map(r -> Downstream.read(NAME, r));
    }

    private ArticleAnalysis toAnalysis(Downstream answer) {
        if (answer.status() == 404) {
            return ArticleAnalysis.notYetReceived();
        }
        if (!answer.ok() || answer.body() == null) {
            // Any other refusal is the claim-service misbehaving towards us: treat it like a failure.
            throw new NeighbourServerError(NAME, answer.status());
        }
        try {
            AnalysisBody body = mapper.readValue(answer.body(), AnalysisBody.class);
            String status = body.status() == null ? ArticleAnalysis.PENDING : body.status();
            return new ArticleAnalysis(status, body.extractor(), body.storyId(),
                    body.claims() == null ? List.of() : body.claims(), true, body.error());
        } catch (IOException e) {
            throw new UncheckedIOException("claim-service sent an unreadable analysis", e);
        }
    }
}
