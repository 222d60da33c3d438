package io.crosscheck.claim.analysis;

import io.crosscheck.claim.model.StoredClaim;

/** A claim of a group together with the outlet of its article. */
public record GroupMember(StoredClaim claim, String source) {
}
