package io.crosscheck.nlp.stance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {
    @Test
    void sentencesCarryOffsetsIntoTheText() {
        String text = "Heavy rain closed the northern bridge. Engineers inspected it on Tuesday.\n\n"
                + "Photo: city archive\nThe bridge reopened on Friday.";
        List<TextSpan> sentences = TextAnalyzer.load().sentences(text);
        assertEquals(4, sentences.size(), sentences::toString);
        for (TextSpan s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals("Photo: city archive", sentences.get(2).text());
    }

    @Test
    void negationIsSpelledOut() {
        assertEquals(List.of("the", "mayor", "did", "not", "resign", "and", "will", "not"),
                TextAnalyzer.words("The mayor didn't resign and won't."));
        assertTrue(TextAnalyzer.contentStems(TextAnalyzer.words("Rates were not raised")).contains("not"));
    }
}
