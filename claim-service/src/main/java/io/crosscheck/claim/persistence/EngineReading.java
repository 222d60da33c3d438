package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.stance.Stance;

/**
 * What the stance engine (POST /stance's classifier) reads in one article toward one claim group's statement.
 *
 * @param evidence the sentence that shows it (for DENIES the denying sentence), or null
 */
public record EngineReading(Stance stance, double confidence, String evidence) {
}
