package io.crosscheck.claim.story.report;

import io.crosscheck.claim.persistence.GroupStatus;
import java.util.List;
import java.util.UUID;

/**
 * @param headline whether the group is the story's headline (its statement is a title; every article of the story is
 *                 read toward it, none has a claim in it)
 */
public record ClaimGroupReport(UUID id, String statement, boolean headline, GroupStatus status, List<Position> positions,
                               List<Conflict> conflicts) {
}
