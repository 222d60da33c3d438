package io.crosscheck.claim.analysis.report;

import java.util.List;

public record StoryPage(List<StorySummary> items, int page, int size, long total) {
}
