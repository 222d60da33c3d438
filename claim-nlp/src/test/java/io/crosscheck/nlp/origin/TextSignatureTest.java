package io.crosscheck.nlp.origin;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSignatureTest {

    private static final String FACT = "The bridge was closed on Friday after cracks were found.";

    @Test
    void restyledPunctuationCaseAndSpacingAreTheSameText() {
        int[] plain = TextSignature.of(FACT);
        int[] restyled = TextSignature.of("THE BRIDGE  was closed\non Friday -- after \u201ccracks\u201d were found");
        assertEquals(1.0, TextSignature.similarity(plain, restyled));
    }

    @Test
    void signaturesAreStoredSoTheSchemeMustNotChangeUnnoticed() {
        int[] signature = TextSignature.of(FACT);
        assertEquals(TextSignature.SIZE, signature.length);
        // Pinned: a new shingle size, hash or seed makes every stored signature incomparable (re-analysis needed).
        assertArrayEquals(new int[] {250947234, 623185517}, new int[] {signature[0], signature[1]});
        assertEquals(376545423, signature[127]);
    }

    @Test
    void aTextWithoutWordsHasNoSignatureAndIsLikeNothing() {
        assertNull(TextSignature.of(" -- ... "));
        assertNull(TextSignature.of(null));
        assertEquals(0, TextSignature.similarity(null, TextSignature.of(FACT)));
        assertEquals(0, TextSignature.similarity(new int[3], TextSignature.of(FACT)), "another scheme's size");
        assertEquals(1.0, TextSignature.similarity(TextSignature.of("Closed."), TextSignature.of("closed")),
                "a text shorter than a shingle is one shingle");
    }

    @Test
    void estimatesTheJaccardSimilarityOfTheShingles() {
        String[] texts = {OriginTexts.WIRE, OriginTexts.WIRE_NEW_DATELINE_AND_ENDING, OriginTexts.WIRE_UNCREDITED_AND_CUT,
                OriginTexts.OWN_REPORT, OriginTexts.UNION_REPORT};
        for (int i = 0; i < texts.length; i++) {
            for (int j = i + 1; j < texts.length; j++) {
                double exact = jaccard(shingles(texts[i]), shingles(texts[j]));
                double estimate = TextSignature.similarity(TextSignature.of(texts[i]), TextSignature.of(texts[j]));
                // Standard error at most 0.044 (at 0.5): three of them.
                assertEquals(exact, estimate, 0.13, "texts " + i + " and " + j);
            }
        }
    }

    private static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + TextSignature.SHINGLE_WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + TextSignature.SHINGLE_WORDS)));
        }
        assertTrue(shingles.size() > 50);
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) a.stream().filter(b::contains).count() / union.size();
    }
}
