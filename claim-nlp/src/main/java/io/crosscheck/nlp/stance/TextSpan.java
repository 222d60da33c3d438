package io.crosscheck.nlp.stance;

/** A sentence found in a text: its text and offsets ({@code end} exclusive); offsets are -1 for a title. */
record TextSpan(String text, int start, int end) {
    boolean isInText() {
        return start >= 0;
    }
}
