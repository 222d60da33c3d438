package io.crosscheck.claim.extract;

/** Whether the claimant asserts or denies what {@code text} states. */
public enum Polarity { AFFIRMS, DENIES }
