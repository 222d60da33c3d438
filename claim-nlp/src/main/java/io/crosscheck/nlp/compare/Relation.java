package io.crosscheck.nlp.compare;

/**
 * How two claims relate. SAME: they state one fact. CONFLICTS: they state one fact but disagree on a figure, a date, a
 * place or its polarity ("12 injured" / "7 injured", "met in Geneva" / "met in Vienna", "did" / "did not"). RELATED:
 * about the same thing, different facts. UNRELATED: nothing in common that matters.
 */
public enum Relation { SAME, CONFLICTS, RELATED, UNRELATED }
