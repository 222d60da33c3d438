package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.StoredClaim;

/** A claim of a group together with the outlet of its article. */
public record GroupMember(StoredClaim claim, String source) {
}
