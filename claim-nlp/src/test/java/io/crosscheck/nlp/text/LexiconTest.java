package io.crosscheck.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relations between lists that {@link Lexicon}'s comments state. */
class LexiconTest {
    @Test
    void theStanceDenialVerbsExtendTheExtractionsDenialCues() {
        assertTrue(Lexicon.DENIAL_VERBS.containsAll(Lexicon.DENIAL_REPORTING_VERBS));
        assertTrue(Lexicon.DENIAL_VERBS.contains("retracted") && !Lexicon.DENIAL_REPORTING_VERBS.contains("retracted"));
        assertTrue(Lexicon.REPORTING_VERBS.containsAll(Set.of("denied", "denies", "deny", "rejected", "refuted")));
    }

    @Test
    void falsityWordsAreRefutingCues() {
        assertTrue(Lexicon.REFUTING.containsAll(Lexicon.FALSITY_WORDS));
    }

    @Test
    void negationsDifferOnlyByTheirReadersTokens() {
        assertTrue(Lexicon.NEGATIONS.contains("n't") && !Lexicon.NEGATION_WORDS.contains("n't"));
        assertTrue(Lexicon.NEGATION_WORDS.containsAll(Set.of("no", "without")));
    }

    @Test
    void stopWordsKeepNegations() {
        for (String negation : Lexicon.NEGATION_WORDS) {
            assertTrue(!Lexicon.STOP_WORDS.contains(negation), negation);
        }
    }

    @Test
    void countsWordsAndPhrases() {
        List<String> words = TextAnalysis.words("It is not true: the minister did not resign.");
        assertEquals(2, Lexicon.count(words, Lexicon.NEGATION_WORDS));
        assertEquals(1, Lexicon.countPhrases(words, Lexicon.FALSITY_PHRASES));
    }
}
