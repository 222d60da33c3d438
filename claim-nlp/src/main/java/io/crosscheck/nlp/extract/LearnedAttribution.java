package io.crosscheck.nlp.extract;

/**
 * One attribution the learned tagger found, in token positions: content tokens [contentFrom, contentTo) of sentence
 * {@code sentence}, its cue and source tokens, each in the sentence it was found in (a quote's "he said" can sit in
 * the next sentence). {@code cueSentence} is -1 when no cue was tagged, {@code sourceSentence} -1 when no source was
 * tagged for the cue (the extraction then takes the subject just before the cue).
 */
record LearnedAttribution(int sentence, int contentFrom, int contentTo, int cueSentence, int cueFrom, int cueTo,
                          int sourceSentence, int sourceFrom, int sourceTo, Attribution kind) {
    boolean hasCue() {
        return cueSentence >= 0;
    }

    boolean hasSource() {
        return sourceSentence >= 0;
    }
}
