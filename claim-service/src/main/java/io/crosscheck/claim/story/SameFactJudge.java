package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.StoredClaim;

/**
 * Whether two members of a group whose figures differ state one fact told two ways (a NUMBER conflict), or two
 * facts that share their words ("58-year-old Kevin Vickers" and "Vickers became sergeant-at-arms eight years ago").
 * {@link GroupAssessor} asks it only about pairs whose figures differ in one unit and whose wording overlaps.
 */
@FunctionalInterface
public interface SameFactJudge {

    /** Without a comparator (unit tests of the rules): the wording overlap alone decides. */
    SameFactJudge BY_WORDING = (a, b) -> true;

    boolean sameFactToldTwoWays(StoredClaim a, StoredClaim b);
}
