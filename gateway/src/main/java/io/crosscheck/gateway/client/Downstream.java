package io.crosscheck.gateway.client;

import io.crosscheck.gateway.error.NeighbourServerError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A neighbour's answer, kept as bytes so that the gateway passes it on without re-serialising it: the
 * neighbour's field errors, numbers and dates reach the caller exactly as they were written.
 */
public record Downstream(int status, String contentType, byte[] body, String location, String etag) {

    public Downstream(int status, String contentType, byte[] body, String location) {
        this(status, contentType, body, location, null);
    }

    /** Reads an answer; a 5xx is not an answer but a failure, so the fault-tolerance policy sees it. */
    static Downstream read(String service, Response response) {
        try {
            if (response.getStatus() >= 500) {
                throw new NeighbourServerError(service, response.getStatus());
            }
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : null;
            return new Downstream(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
        } finally {
            response.close();
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
