package io.crosscheck.claim.story.report;

import io.crosscheck.claim.persistence.GroupStatus;
import java.util.List;
import java.util.UUID;

public record ClaimGroupReport(UUID id, String statement, GroupStatus status, List<Position> positions,
                               List<Conflict> conflicts) {
}
