package io.crosscheck.claim.story.report;

/**
 * DENIAL: a source affirms what a named or unnamed claimant in another source denies.
 * NEGATION: a source affirms what another source, in its own voice, states did not happen.
 * NUMBER: sources give different figures for the same fact.
 */
public enum ConflictKind { DENIAL, NEGATION, NUMBER }
