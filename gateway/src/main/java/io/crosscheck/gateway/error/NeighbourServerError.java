package io.crosscheck.gateway.error;

/**
 * A neighbour answered 5xx. Thrown inside the client wrappers (never for 4xx, which are answers to pass on)
 * so that the fault-tolerance policy counts it as a failure: retried where the call is idempotent, and
 * counted by the circuit breaker.
 */
public class NeighbourServerError extends RuntimeException {

    private final String service;
    private final int status;

    public NeighbourServerError(String service, int status) {
        super(service + " answered HTTP " + status);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }
}
