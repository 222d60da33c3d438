package io.crosscheck.claim.persistence;

import java.time.Instant;
import java.util.UUID;

/** A split of story {@code from}: {@code movedArticles} of its articles went to the new story {@code into}. */
public record StorySplitRow(UUID from, UUID into, int movedArticles, Instant splitAt) {
}
