package io.crosscheck.claim.persistence;

import java.time.Instant;
import java.util.UUID;

/** The columns of an analysed article that a story shows: never its text. */
public record StoryArticleRow(UUID articleId, String title, String source, Instant shownAt) {
}
