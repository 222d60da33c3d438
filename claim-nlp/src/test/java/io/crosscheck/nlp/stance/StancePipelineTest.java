package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StancePipelineTest {
    /** Sentence splitting needs neither the encoder nor the idf table. */
    private static final StancePipeline PIPELINE = new StancePipeline(TextAnalysis.shared(), null, null);

    @Test
    void readsTheExtractionsSentencesWithOffsetsIntoTheOriginalText() {
        String text = "The U.S. Justice Dept. opened an inquiry on Monday. Officials declined to comment.\n"
                + "* * *\n"
                + "\u201cIt\u2019s a hoax,\u201d the ministry said.";
        List<TextSpan> sentences = PIPELINE.sentencesOf(text);
        List<SentenceSpan> shared = TextAnalysis.shared().sentences(text);
        assertEquals(3, sentences.size(), sentences::toString); // "* * *" has nothing to read
        assertEquals(shared.get(0).text(), sentences.get(0).text());
        assertTrue(sentences.get(0).text().contains("Dept. opened"));
        for (TextSpan s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals("\u201cIt\u2019s a hoax,\u201d the ministry said.", sentences.get(2).text());
    }

    @Test
    void atMostMaxSentencesAreRead() {
        String text = "The bridge closed. ".repeat(StancePipeline.MAX_SENTENCES + 20);
        assertEquals(StancePipeline.MAX_SENTENCES, PIPELINE.sentencesOf(text).size());
    }
}
