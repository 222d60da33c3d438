package io.crosscheck.claim.story.report;

import io.crosscheck.nlp.extract.Claimant;
import java.util.UUID;

/**
 * @param origin the article's origin: positions with the same one are copies of one text (or credit one agency) and
 *               count once for CORROBORATED; the id of the origin's earliest article, or "agency:ID"
 */
public record Position(UUID articleId, String source, UUID claimId, PositionStance stance, Claimant claimant,
                       boolean hedged, String evidence, String origin) {
}
