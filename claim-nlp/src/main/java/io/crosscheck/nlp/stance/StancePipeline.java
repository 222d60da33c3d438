package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.List;

/** Turns raw claims and texts into {@link AnalyzedClaim}/{@link AnalyzedArticle}. Thread-safe. */
public final class StancePipeline {
    /**
     * Only the first sentences of a long article are embedded: news states its point early, and this
     * bounds a call's cost (~3 ms a sentence).
     */
    static final int MAX_SENTENCES = 80;

    private final TextAnalysis analysis;
    private final SentenceEncoder encoder;
    private final IdfTable idf;

    /** @param analysis the sentence splitter the extraction uses too ({@link TextAnalysis#shared()}) */
    public StancePipeline(TextAnalysis analysis, SentenceEncoder encoder, IdfTable idf) {
        this.analysis = analysis;
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
        sentences.addAll(sentencesOf(text));
        List<String> strings = new ArrayList<>(sentences.size());
        for (TextSpan s : sentences) {
            strings.add(s.text());
        }
        return new AnalyzedArticle(sentences, text, idf, encoder.encode(strings));
    }

    /**
     * The text's first {@value #MAX_SENTENCES} sentences as the extraction splits them ({@link TextAnalysis}), offsets
     * into the text; pieces with no letter or digit (rules, bullets, stray punctuation) are skipped.
     */
    List<TextSpan> sentencesOf(String text) {
        List<TextSpan> out = new ArrayList<>();
        for (SentenceSpan s : analysis.sentences(text)) {
            if (out.size() == MAX_SENTENCES) {
                break;
            }
            if (s.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(new TextSpan(s.text(), s.start(), s.end()));
            }
        }
        return out;
    }

    public IdfTable idf() {
        return idf;
    }
}
