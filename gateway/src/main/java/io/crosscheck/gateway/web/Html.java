package io.crosscheck.gateway.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small helpers the pages share: a rendered answer, a date as readers see it, a query value in a link. */
final class Html {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** Renders now, on the calling thread (the resources call it off the event loop). */
    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    static Response page(TemplateInstance page) {
        return page(200, page);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "undated" : DATE_TIME.format(instant);
    }

    static String date(Instant instant) {
        return instant == null ? "undated" : DATE.format(instant);
    }

    /** For machine-readable {@code <time datetime>}; empty when unknown. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page number from a query parameter: anything unreadable or negative is the first page. */
    static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
