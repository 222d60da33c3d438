package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.SentenceEncoder;

import java.util.ArrayList;
import java.util.List;

/** Turns raw claims and texts into {@link AnalyzedClaim}/{@link AnalyzedArticle}. Thread-safe. */
public final class StancePipeline {
    /**
     * Only the first sentences of a long article are embedded: news states its point early, and this
     * bounds a call's cost (~3 ms a sentence).
     */
    static final int MAX_SENTENCES = 80;

    private final TextAnalyzer analyzer;
    private final SentenceEncoder encoder;
    private final IdfTable idf;

    public StancePipeline(TextAnalyzer analyzer, SentenceEncoder encoder, IdfTable idf) {
        this.analyzer = analyzer;
        this.encoder = encoder;
        this.idf = idf;
    }

    public AnalyzedClaim analyzeClaim(String claim) {
        return new AnalyzedClaim(claim, idf, encoder.encode(List.of(claim))[0]);
    }

    /** As {@link #analyzeClaim(String)} with the claim's MiniLM vector already at hand (e.g. stored with it). */
    public AnalyzedClaim analyzeClaim(String claim, float[] embedding) {
        return embedding == null ? analyzeClaim(claim) : new AnalyzedClaim(claim, idf, embedding);
    }

    /** @param title nullable; when present it becomes a leading sentence that is not in the text. */
    public AnalyzedArticle analyzeArticle(String title, String text) {
        List<TextSpan> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            sentences.add(new TextSpan(title.strip(), -1, -1));
        }
        List<TextSpan> inText = analyzer.sentences(text);
        sentences.addAll(inText.subList(0, Math.min(inText.size(), MAX_SENTENCES)));
        List<String> strings = new ArrayList<>(sentences.size());
        for (TextSpan s : sentences) {
            strings.add(s.text());
        }
        return new AnalyzedArticle(sentences, text, idf, encoder.encode(strings));
    }

    public IdfTable idf() {
        return idf;
    }
}
