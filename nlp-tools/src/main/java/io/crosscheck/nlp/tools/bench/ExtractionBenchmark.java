package io.crosscheck.nlp.tools.bench;

import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Claim extraction on a generated ~1,000-word newswire article, against the bare OpenNLP pipeline (sentences,
 * tokens, POS tags) on the same text: the difference is the cost of the extraction steps themselves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(0)
public class ExtractionBenchmark {
    private static final String[] SENTENCES = {
            "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin did not receive a written message from Tehran.",
            "\u201CThere were certain signals from the Iranian leadership,\u201D Peskov told reporters in Moscow.",
            "According to the U.S. Dept. of Labor, employers added 175,000 jobs in May as unemployment held at 4 percent.",
            "Two people familiar with the matter said the central bank could raise rates by 50 basis points next week.",
            "The company denied that it had shipped $3.5 billion worth of components to sanctioned buyers.",
            "A fire at a chemical plant near Lyon killed 12 workers and injured dozens more, regional authorities said.",
            "He added that the ministry would publish the full report by the end of June.",
            "The opposition reportedly plans to challenge the result in court, although it is unclear whether judges will hear the case.",
            "Iran urged Russia to support continued diplomatic pressure on Israel to prevent further escalation.",
            "Analysts believe the ceasefire, brokered weeks ago by regional mediators, remains fragile.",
            "The agency said 1.2 million people had lost power after the storm hit the coast on Sunday.",
            "Finance Minister Lena Berg confirmed the deficit narrowed in 2024 and denied that taxes would rise."};

    private ClaimExtractor extractor;
    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private ExtractionRequest request;

    /** About 1,000 words drawn from the sentences above, in paragraphs, in a fixed pseudo-random order. */
    static String article(int words) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            text.append(sentence).append(random.nextInt(3) == 0 ? "\n\n" : " ");
            count += sentence.split("\\s+").length;
        }
        return text.toString();
    }

    @Setup
    public void setUp() throws IOException {
        extractor = new ClaimExtractor();
        request = new ExtractionRequest(article(1000), "Generated article", LocalDate.of(2025, 6, 25), "en");
        ClassLoader loader = getClass().getClassLoader();
        try (InputStream s = loader.getResourceAsStream("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
             InputStream t = loader.getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
             InputStream p = loader.getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            sentenceDetector = new SentenceDetectorME(new SentenceModel(s));
            tokenizer = new TokenizerME(new TokenizerModel(t));
            tagger = new POSTaggerME(new POSModel(p), POSTagFormat.UD);
        }
    }

    @Benchmark
    public List<ExtractedClaim> extractClaims() {
        return extractor.extract(request);
    }

    @Benchmark
    public void openNlpSentencesTokensTags(Blackhole blackhole) {
        for (String sentence : sentenceDetector.sentDetect(request.text())) {
            blackhole.consume(tagger.tag(tokenizer.tokenize(sentence)));
        }
    }
}
