package io.crosscheck.claim.story.report;

import java.util.List;
import java.util.UUID;

/**
 * The contract's story report: its articles and, per claim group, who supports or denies it and where they conflict;
 * and the splits the story took part in (empty for most stories).
 */
public record StoryReport(UUID id, String title, List<StoryArticle> articles, List<ClaimGroupReport> claims,
                          List<StorySplit> splits) {
}
