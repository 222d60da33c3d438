package io.crosscheck.claim.story.report;

import io.crosscheck.nlp.extract.Claimant;
import java.util.UUID;

public record Position(UUID articleId, String source, UUID claimId, PositionStance stance, Claimant claimant,
                       boolean hedged, String evidence) {
}
