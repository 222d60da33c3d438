package io.crosscheck.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * A story report as the API and the web pages read it: from the gateway's kept revision while it is fresh, else
 * revalidated with the claim-service by ETag (a 304 between the services for an unchanged story). Both share the one
 * {@link StoryReportCache}, so a story read in the browser is warm for the API and the other way round. The
 * claim-service's failures arrive as {@code NeighbourException} from the client's fallback.
 */
@ApplicationScoped
public class StoryReportReader {

    private static final int MERGED_STATUS = 308;

    private final ClaimServiceClient claims;
    private final StoryReportCache reports;

    StoryReportReader(ClaimServiceClient claims, StoryReportCache reports) {
        this.claims = claims;
        this.reports = reports;
    }

    /**
     * The claim-service's answer and, when it is a report, the revision kept for it; a 404 or a 308 (merged story)
     * comes as the claim-service sent it, with nothing kept.
     */
    public record Read(Downstream answer, CachedStoryReport kept) {
        public boolean isReport() {
            return kept != null;
        }
    }

    public Uni<Read> read(String storyId) {
        CachedStoryReport kept = reports.get(storyId);
        if (kept != null && (reports.fresh(kept) || !reports.shouldRevalidate(kept))) {
            return Uni.createFrom().item(new Read(kept.report(), kept));
        }
        // Revalidation always names the identity representation's tag: the claim-service knows no other.
        return claims.story(storyId, kept == null ? null : kept.report().etag()).map(answer -> {
            if (answer.status() == 304 && kept != null) {
                reports.confirmed(kept);
                return new Read(kept.report(), kept);
            }
            if (!answer.ok()) {
                reports.remove(storyId);
                return new Read(answer, null);
            }
            return new Read(answer, reports.put(storyId, answer));
        }).onFailure().invoke(failure -> {
            if (kept != null) {
                reports.revalidationFailed(kept);
            }
        });
    }

    /** The story a merged story joined, read from the claim-service's 308 (its Location ends with that id). */
    public static Optional<String> mergedInto(Downstream answer) {
        if (answer.status() != MERGED_STATUS || answer.location() == null) {
            return Optional.empty();
        }
        String path = URI.create(answer.location()).getRawPath();
        return Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }
}
