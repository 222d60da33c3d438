package io.crosscheck.nlp.extract;

/** How the article attributes a claim. NONE means the outlet's own voice. */
public enum Attribution { DIRECT_QUOTE, INDIRECT, ACCORDING_TO, ANONYMOUS, NONE }
