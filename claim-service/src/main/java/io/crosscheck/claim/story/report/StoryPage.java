package io.crosscheck.claim.story.report;

import java.util.List;

public record StoryPage(List<StorySummary> items, int page, int size, long total) {
}
