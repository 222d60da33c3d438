package io.crosscheck.nlp.extract;

/** Whether the claimant asserts or denies what {@code text} states. */
public enum Polarity { AFFIRMS, DENIES }
