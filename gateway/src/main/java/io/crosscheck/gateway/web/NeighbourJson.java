package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.error.NeighbourException;
import java.io.IOException;

/** A neighbour's JSON answer as the record a page shows; an answer that does not parse is the neighbour's fault. */
final class NeighbourJson {

    private NeighbourJson() {
    }

    static <T> T read(ObjectMapper mapper, Downstream answer, Class<T> type, String neighbour) {
        try {
            return mapper.readValue(answer.body(), type);
        } catch (IOException unreadable) {
            throw NeighbourException.unreadable(neighbour, unreadable);
        }
    }
}
