package io.crosscheck.claim.api;

import io.crosscheck.claim.persistence.AnalysisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the claim-service knows of one stored article: the state of its analysis, its story and its claims. */
@Schema(name = "Analysis")
public record AnalysisView(UUID articleId, AnalysisStatus status, String extractor, String error, UUID storyId,
                           Instant analysedAt, List<ClaimView> claims) {
}
