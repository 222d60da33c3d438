package io.crosscheck.gateway.error;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * A neighbour could not give an answer: the one failure the gateway reports as its own, as 502 (refused,
 * reset, 5xx), 503 (circuit open: not even tried) or 504 (too slow). Built by the client wrappers' fallbacks
 * so the title always names the service.
 */
public class NeighbourException extends RuntimeException {

    private final String service;
    private final int status;
    private final String title;
    private final String reason;

    private NeighbourException(String service, int status, String title, String reason, Throwable cause) {
        super(service + ": " + reason, cause, false, false);
        this.service = service;
        this.status = status;
        this.title = title;
        this.reason = reason;
    }

    /** Classifies any failure of a call to {@code service}. */
    public static NeighbourException from(String service, Throwable failure) {
        if (failure instanceof NeighbourException known) {
            return known;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new NeighbourException(service, 503, service + " unavailable",
                    "circuit breaker open after repeated failures; calls resume after a pause", failure);
        }
        if (failure instanceof TimeoutException || causedByTimeout(failure)) {
            return new NeighbourException(service, 504, service + " timed out",
                    "no answer within the time limit", failure);
        }
        if (failure instanceof NeighbourServerError server) {
            return new NeighbourException(service, 502, service + " unavailable",
                    "answered HTTP " + server.status(), failure);
        }
        return new NeighbourException(service, 502, service + " unavailable", "unreachable: " + rootMessage(failure),
                failure);
    }

    /** The neighbour answered, but with something the gateway cannot read: as bad as no answer. */
    public static NeighbourException unreadable(String service, Throwable cause) {
        return new NeighbourException(service, 502, service + " unavailable", "sent an unreadable answer", cause);
    }

    /** The HTTP client's own read or connect timeout, as opposed to the fault-tolerance one. */
    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Why, in a few words, for the problem's detail and the degraded analysis. */
    public String reason() {
        return reason;
    }
}
