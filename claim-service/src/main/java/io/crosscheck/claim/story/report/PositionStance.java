package io.crosscheck.claim.story.report;

/** Where one source stands on a claim group's statement. */
public enum PositionStance { SUPPORTS, DENIES, DISCUSSES }
