package io.crosscheck.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.error.NeighbourException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * What a page shows when it cannot show what was asked: a message page with the status the API would answer,
 * never a stack trace. A neighbour that is down, slow or behind an open circuit breaker is named, with the reason
 * the client wrapper's fallback gave; anything else is logged here and shown as a plain apology.
 */
final class PageFailures {

    private static final Logger LOG = Logger.getLogger(PageFailures.class);

    private PageFailures() {
    }

    static Response of(Throwable failure, String path) {
        if (failure instanceof NeighbourException neighbour) {
            LOG.warnf("%s on %s: %s", neighbour.title(), path, neighbour.reason());
            return message(neighbour.status(), "The " + neighbour.service() + " is not answering",
                    "This page needs the " + neighbour.service() + ", which " + plainly(neighbour.status()) + ".",
                    "Nothing is lost: try again in a moment. Pages that do not need it still work.");
        }
        LOG.errorf(failure, "Web page %s failed", path);
        return message(500, "Something went wrong", "This page could not be shown.", "Try again in a moment.");
    }

    /** The fallback's status in a reader's words; its reason (for operators) can name Java types, so it stays in the log. */
    private static String plainly(int status) {
        return switch (status) {
            case 503 -> "failed repeatedly and is given a pause before it is asked again";
            case 504 -> "did not answer in time";
            default -> "could not be reached or failed to answer";
        };
    }

    static Response notFound(String what) {
        return message(404, what + " not found", "There is no such " + what.toLowerCase() + ".",
                "It may have been deleted, or the link is mistyped.");
    }

    /** A neighbour's own words for a refusal (its problem+json detail), else its status. */
    static String detailOf(ObjectMapper mapper, Downstream answer) {
        try {
            return mapper.readTree(answer.body()).path("detail").asText("HTTP " + answer.status());
        } catch (IOException | RuntimeException notAProblem) {
            return "HTTP " + answer.status();
        }
    }

    /** A neighbour's answer the page cannot use (neither the data nor a refusal the page explains): 502. */
    static Response unexpected(String title, String neighbour, Downstream answer) {
        return message(502, title, "The " + neighbour + " answered HTTP " + answer.status() + ".", "Try again in a moment.");
    }

    static Response message(int status, String title, String detail, String hint) {
        return Html.page(status, Templates.message(new MessageView(status, title, detail, hint)));
    }
}
