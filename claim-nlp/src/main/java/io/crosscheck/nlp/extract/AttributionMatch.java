package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

/**
 * Where a sentence says who claims what: speaker tokens [speakerFrom, speakerTo) (empty when the speaker comes from
 * an earlier sentence of the same quote), cue tokens, and content tokens [contentFrom, contentTo).
 */
record AttributionMatch(Attribution kind, int speakerFrom, int speakerTo, int cueFrom, int cueTo, int contentFrom,
                        int contentTo, boolean[] quotedContent) {
    boolean hasSpeakerTokens() {
        return speakerTo > speakerFrom;
    }

    static AttributionMatch none(AnalyzedSentence s) {
        return new AttributionMatch(Attribution.NONE, 0, 0, 0, 0, 0, s.size(), null);
    }
}
