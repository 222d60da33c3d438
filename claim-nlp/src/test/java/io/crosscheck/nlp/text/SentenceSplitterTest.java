package io.crosscheck.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private static final TextAnalysis ANALYZER = TextAnalysis.shared();

    private static List<String> sentences(String text) {
        return ANALYZER.analyze(text).stream().map(s -> s.text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<String> s = sentences("The U.S. Justice Dept. opened an inquiry on Monday. Officials at the Dept. of State declined to comment.");
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).contains("Dept. opened"));
    }

    @Test
    void usAtTheEndOfASentenceStillEndsIt() {
        List<String> s = sentences("Iran criticised policies of the U.S. The talks resume on Friday.");
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void linesAreSentenceBoundaries() {
        List<String> s = sentences("Putin Urges Diplomatic Solutions\nPresident Putin emphasized that all parties must seek peace.");
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void overlongSentencesAreCutIntoWindows() {
        String text = "word ".repeat(2000);
        List<String> s = sentences(text);
        assertTrue(s.size() > 5);
        assertFalse(s.stream().anyMatch(x -> x.length() > SentenceSplitter.MAX_SENTENCE_CHARS));
    }

    @Test
    void possessivesAreSeparateTokens() {
        AnalyzedSentence s = ANALYZER.analyze("Iran’s leader wrote to Moscow.").get(0);
        assertEquals("Iran", s.words[0]);
        assertEquals("'s", s.words[1]);
    }
}
