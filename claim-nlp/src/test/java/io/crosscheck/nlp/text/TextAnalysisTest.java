package io.crosscheck.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalysisTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.shared();

    @Test
    void sentencesCarryOffsetsIntoTheText() {
        String text = "Heavy rain closed the northern bridge. Engineers inspected it on Tuesday.\n\n"
                + "Photo: city archive\nThe bridge reopened on Friday.";
        List<SentenceSpan> sentences = ANALYSIS.sentences(text);
        assertEquals(4, sentences.size(), sentences::toString);
        for (SentenceSpan s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals("Photo: city archive", sentences.get(2).text());
    }

    @Test
    void offsetsIndexTheOriginalTextNotItsNormalizedCopy() {
        String text = "\u201cIt\u2019s over,\u201d the mayor said. The council \u2014 all nine \u2014 agreed.";
        List<SentenceSpan> sentences = ANALYSIS.sentences(text);
        assertEquals(2, sentences.size(), sentences::toString);
        assertEquals("\u201cIt\u2019s over,\u201d the mayor said.", sentences.get(0).text());
        assertEquals(sentences.get(1).text(), text.substring(sentences.get(1).start(), sentences.get(1).end()));
    }

    @Test
    void extractionAndStanceSeeTheSameSentences() {
        String text = "The U.S. Justice Dept. opened an inquiry on Monday. Officials declined to comment.\n"
                + "Putin Urges Diplomatic Solutions\nPresident Putin emphasized that all parties must seek peace.";
        List<SentenceSpan> spans = ANALYSIS.sentences(text);
        List<AnalyzedSentence> analyzed = ANALYSIS.analyze(text);
        assertEquals(spans.size(), analyzed.size());
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(spans.get(i).start(), analyzed.get(i).start);
            assertEquals(spans.get(i).end(), analyzed.get(i).end);
            assertEquals(spans.get(i).text(), analyzed.get(i).text);
        }
    }

    @Test
    void negationIsSpelledOut() {
        assertEquals(List.of("the", "mayor", "did", "not", "resign", "and", "will", "not"),
                TextAnalysis.words("The mayor didn't resign and won't."));
        assertTrue(TextAnalysis.contentStems(TextAnalysis.words("Rates were not raised")).contains("not"));
    }
}
