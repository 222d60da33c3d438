package io.crosscheck.gateway.rest;

import io.crosscheck.gateway.client.CachedStoryReport;
import io.crosscheck.gateway.client.ClaimServiceClient;
import io.crosscheck.gateway.client.Downstream;
import io.crosscheck.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * How a story report goes to the caller. Gzip when the caller accepts it, the report is at least
 * {@code crosscheck.gateway.story-report-gzip-min-bytes} and it is kept in the cache (where its gzip form is made once
 * per revision: a report that is not kept would be compressed for one answer only, so it goes as it is). Identity
 * otherwise. Each representation has its own ETag (see {@link EntityTags}); every answer, 304 included, says
 * {@code Vary: Accept-Encoding}, so that shared caches keep the two apart.
 */
@ApplicationScoped
public class StoryReportNegotiation {

    static final String GZIP = "gzip";

    private final Passthrough passthrough;
    private final int gzipMinBytes;

    public StoryReportNegotiation(Passthrough passthrough, GatewayConfig config) {
        this.passthrough = passthrough;
        this.gzipMinBytes = config.storyReportGzipMinBytes();
    }

    /** The answer for a 2xx report; {@code kept} is its cache entry, null when it was not kept. */
    public Uni<Response> answer(String publicPath, Downstream report, CachedStoryReport kept,
                                List<String> ifNoneMatch, List<String> acceptEncoding) {
        boolean gzip = kept != null && report.body().length >= gzipMinBytes && AcceptEncoding.acceptsGzip(acceptEncoding);
        String identityTag = report.etag();
        String gzipTag = identityTag == null ? null : EntityTags.gzipVariant(identityTag);
        if (identityTag != null) {
            // Either representation's tag is a current copy. The 304 names the one the caller holds, so that its
            // cache freshens that copy (RFC 9111 §4.3.4 selects stored responses by the 304's tag).
            String held = EntityTags.held(ifNoneMatch, gzip ? List.of(gzipTag, identityTag) : List.of(identityTag, gzipTag));
            if (held != null) {
                return Uni.createFrom().item(Response.notModified()
                        .header(HttpHeaders.ETAG, held).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build());
            }
        }
        Response identity = passthrough.response(ClaimServiceClient.NAME, report, publicPath);
        if (!gzip) {
            return Uni.createFrom().item(representation(identity, identityTag).build());
        }
        return kept.gzipped().map(compressed -> representation(identity, gzipTag)
                .entity(compressed).header(HttpHeaders.CONTENT_ENCODING, GZIP).build());
    }

    private static Response.ResponseBuilder representation(Response identity, String etag) {
        Response.ResponseBuilder answer = Response.fromResponse(identity)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return etag == null ? answer : answer.header(HttpHeaders.ETAG, etag);
    }
}
