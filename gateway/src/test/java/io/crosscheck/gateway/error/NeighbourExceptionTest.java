package io.crosscheck.gateway.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** How each kind of neighbour failure is reported, without HTTP. */
class NeighbourExceptionTest {

    @Test
    void openCircuitIs503Unavailable() {
        NeighbourException e = NeighbourException.from("claim-service", new CircuitBreakerOpenException("open"));
        assertEquals(503, e.status());
        assertEquals("claim-service unavailable", e.title());
    }

    @Test
    void faultToleranceTimeoutIs504TimedOut() {
        NeighbourException e = NeighbourException.from("claim-service", new TimeoutException("slow"));
        assertEquals(504, e.status());
        assertEquals("claim-service timed out", e.title());
    }

    @Test
    void httpClientReadTimeoutIs504Too() {
        NeighbourException e = NeighbourException.from("article-service",
                new ProcessingException(new java.util.concurrent.TimeoutException("read")));
        assertEquals(504, e.status());
    }

    @Test
    void serverErrorIs502WithTheStatusInTheReason() {
        NeighbourException e = NeighbourException.from("article-service", new NeighbourServerError("article-service", 503));
        assertEquals(502, e.status());
        assertEquals("answered HTTP 503", e.reason());
    }

    @Test
    void refusedConnectionIs502Unreachable() {
        NeighbourException e = NeighbourException.from("article-service",
                new ProcessingException(new ConnectException("Connection refused")));
        assertEquals(502, e.status());
        assertEquals("unreachable: ConnectException (Connection refused)", e.reason());
    }
}
