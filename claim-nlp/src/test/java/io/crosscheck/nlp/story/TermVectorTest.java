package io.crosscheck.nlp.story;

import org.junit.jupiter.api.Test;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's heaviest terms, a story's sum of them, and the cosine between the two. */
class TermVectorTest {

    @Test
    void anArticleKeepsItsHeaviestTermsTiesByTerm() {
        TermVector v = TermVector.of(Map.of("bridge", 0.5, "northfield", 0.7, "crack", 0.5, "said", 0.1), 3);
        assertArrayEquals(new String[] {"northfield", "bridge", "crack"}, v.terms());
    }

    @Test
    void aStoryCloseInWordsIsCloserThanOneThatSharesANameOnly() {
        TermVector article = TermVector.of(Map.of("northfield", 0.6, "bridge", 0.6, "crack", 0.53), 100);
        TermVector bridgeStory = TermVector.EMPTY
                .plus(TermVector.of(Map.of("northfield", 0.5, "bridge", 0.7, "crack", 0.5), 100), 1, 1000)
                .plus(TermVector.of(Map.of("bridge", 0.6, "closure", 0.8), 100), 1, 1000);
        TermVector budgetStory = TermVector.of(Map.of("northfield", 0.4, "budget", 0.9, "council", 0.2), 100);
        assertTrue(bridgeStory.cosineWithArticle(article) > 0.6);
        assertTrue(budgetStory.cosineWithArticle(article) < 0.3);
        assertEquals(0, TermVector.EMPTY.cosineWithArticle(article));
    }

    @Test
    void anArticleLeavingTakesItsTermsAway() {
        TermVector a = TermVector.of(Map.of("bridge", 0.6, "crack", 0.8), 100);
        TermVector b = TermVector.of(Map.of("bridge", 0.8, "closure", 0.6), 100);
        TermVector sum = TermVector.EMPTY.plus(a, 1, 1000).plus(b, 1, 1000);
        assertEquals(Map.of("bridge", 1.4, "crack", 0.8, "closure", 0.6).keySet(), sum.asMap().keySet());
        TermVector left = sum.plus(a, -1, 1000);
        assertEquals(b.asMap().keySet(), left.asMap().keySet(), "terms only the leaving article had are gone");
        assertEquals(0.8, left.asMap().get("bridge"), 1e-6);
    }

    @Test
    void aStorySumIsCutToItsHeaviestTerms() {
        TermVector sum = TermVector.of(Map.of("a", 0.1, "b", 0.2, "c", 0.3), 100)
                .plus(TermVector.of(Map.of("d", 0.9), 100), 1, 2);
        assertArrayEquals(new String[] {"d", "c"}, sum.terms());
    }

    @Test
    void storedArraysOfDifferentLengthsOrNoneAreEmpty() {
        assertTrue(TermVector.stored(null, null).isEmpty());
        assertTrue(TermVector.stored(new String[] {"a"}, new float[0]).isEmpty());
        assertEquals(1, TermVector.stored(new String[] {"a"}, new float[] {1f}).terms().length);
    }
}
