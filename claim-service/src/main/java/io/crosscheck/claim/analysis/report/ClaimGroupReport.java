package io.crosscheck.claim.analysis.report;

import io.crosscheck.claim.model.GroupStatus;
import java.util.List;
import java.util.UUID;

public record ClaimGroupReport(UUID id, String statement, GroupStatus status, List<Position> positions,
                               List<Conflict> conflicts) {
}
