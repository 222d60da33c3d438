package io.crosscheck.nlp.stance;

/** What a text says about a claim. Mirrors FNC-1's labels: agree, disagree, discuss, unrelated. */
public enum Stance {
    SUPPORTS,
    DENIES,
    DISCUSSES,
    UNRELATED;

    /** Whether the text is about the claim at all (every stance except UNRELATED). */
    public boolean isRelated() {
        return this != UNRELATED;
    }
}
