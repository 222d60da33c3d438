package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.text.TextAnalysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A claim (FNC-1 headline) analysed once, to be compared with any number of texts. */
public final class AnalyzedClaim {
    final String text;
    final List<String> words;
    final List<String> stems;
    final Set<String> stemSet;
    final Set<String> stemBigrams;
    final Set<String> stemTrigrams;
    final Set<String> charGrams;
    final SparseVector tfidf;
    final float[] embedding;
    final IdfTable idf;

    AnalyzedClaim(String text, IdfTable idf, float[] embedding) {
        this.text = text;
        this.words = TextAnalysis.words(text);
        this.stems = TextAnalysis.contentStems(words);
        this.stemSet = new HashSet<>(stems);
        this.stemBigrams = AnalyzedArticle.ngrams(stems, 2);
        this.stemTrigrams = AnalyzedArticle.ngrams(stems, 3);
        this.charGrams = charGrams(String.join(" ", words), 5);
        this.tfidf = SparseVector.tfidf(stems, idf);
        this.embedding = embedding;
        this.idf = idf;
    }

    static Set<String> charGrams(String s, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= s.length(); i++) {
            out.add(s.substring(i, i + n));
        }
        return out;
    }
}
