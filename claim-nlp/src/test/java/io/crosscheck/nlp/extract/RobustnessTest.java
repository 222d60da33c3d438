package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.crosscheck.nlp.extract.SharedExtractor.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustnessTest {
    private static final String ARTICLE = "Kremlin spokesman Dmitry Peskov said on Tuesday that Putin did not receive a written message. "
            + "\u201CThere were certain signals,\u201D Peskov stated. The ministry said 12 workers were killed in the blast in Kharkiv. ";

    @Test
    void emptyAndNullTextGiveNoClaims() {
        assertEquals(List.of(), SharedExtractor.INSTANCE.extract(new ExtractionRequest("", null, null, null)));
        assertEquals(List.of(), SharedExtractor.INSTANCE.extract(new ExtractionRequest(null, null, null, null)));
        assertEquals(List.of(), SharedExtractor.INSTANCE.extract(null));
        assertEquals(List.of(), extract("   \n\n  ", null));
    }

    @Test
    void binaryJunkAndMixedScriptsDoNotThrow() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        extract(junk.toString(), LocalDate.of(2025, 1, 1));
        List<ExtractedClaim> mixed = extract("Москва заявила 12 июня. 東京で会議. The ministry said 40 people were hurt in Kyiv. \uD83D\uDE00\u0000", LocalDate.of(2025, 1, 1));
        assertTrue(mixed.stream().anyMatch(c -> c.text().contains("40 people")), mixed.toString());
    }

    @Test
    void noSentenceGivesNoClaim() {
        assertEquals(List.of(), extract("......!!!,,,;;; --- ***", null));
    }

    @Test
    void tenThousandWordsWithoutPunctuationFinishFast() {
        StringBuilder text = new StringBuilder();
        String[] words = {"the", "minister", "said", "officials", "Moscow", "troops", "12", "crossed", "border", "and"};
        for (int i = 0; i < 10_000; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(text.toString(), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void twoMegabytesFinish() {
        String text = ARTICLE.repeat(2_000_000 / ARTICLE.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> assertTrue(extract(text, LocalDate.of(2025, 1, 1)).size() > 1000));
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<ExtractedClaim> expected = extract(ARTICLE, LocalDate.of(2025, 6, 25));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractedClaim>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extract(ARTICLE, LocalDate.of(2025, 6, 25))));
            }
            for (Future<List<ExtractedClaim>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
