package io.crosscheck.claim.story.report;

import java.time.Instant;
import java.util.UUID;

/**
 * A split the story took part in: story {@code from} turned out to be two events, and {@code movedArticles} of its
 * articles went to the new story {@code into}. The old id stays on the larger part.
 */
public record StorySplit(UUID from, UUID into, int movedArticles, Instant splitAt) {
}
