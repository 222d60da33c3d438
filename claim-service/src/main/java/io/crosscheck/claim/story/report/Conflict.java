package io.crosscheck.claim.story.report;

import java.util.List;
import java.util.UUID;

public record Conflict(ConflictKind kind, List<UUID> claimIds, String detail) {
}
