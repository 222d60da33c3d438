package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text (FNC-1 body, or an article with its title) analysed once: its sentences with words, stems,
 * TF-IDF vectors, embeddings and stance-cue counts. The title, when given, is the first sentence
 * with offsets -1, so it informs the features but is never offered as evidence.
 */
public final class AnalyzedArticle {
    /** The part of a body the FNC-1 baseline treats as its lead. */
    static final int INTRO_CHARS = 255;

    final List<TextSpan> sentences;
    final List<List<String>> sentenceWords;
    final List<SparseVector> sentenceTfidf;
    final float[][] sentenceEmbeddings;
    final float[] centroid;
    final SparseVector tfidf;
    final Set<String> stemSet;
    final Set<String> introStemSet;
    final Set<String> stemBigrams;
    final Set<String> stemTrigrams;
    final String joinedWords;
    final String introJoinedWords;
    final int wordCount;
    /** Per sentence: counts of refuting, negation, hedging, reporting, affirming cues, denial phrases, quotes. */
    final int[][] cues;
    /** The article is its headline alone: see {@link #isHeadlineOnly()}. */
    final boolean headlineOnly;

    static final int REFUTE = 0;
    static final int NEGATION = 1;
    static final int HEDGE = 2;
    static final int REPORT = 3;
    static final int AFFIRM = 4;
    static final int DENIAL_PHRASE = 5;
    static final int QUOTE = 6;
    static final int CUE_KINDS = 7;

    AnalyzedArticle(List<TextSpan> sentences, String text, IdfTable idf, float[][] sentenceEmbeddings) {
        this.sentences = List.copyOf(sentences);
        this.sentenceEmbeddings = sentenceEmbeddings;
        this.centroid = Vectors.centroid(sentenceEmbeddings);
        this.sentenceWords = new ArrayList<>(sentences.size());
        this.sentenceTfidf = new ArrayList<>(sentences.size());
        this.cues = new int[sentences.size()][];
        List<String> allStems = new ArrayList<>();
        List<String> allWords = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            List<String> words = TextAnalysis.words(s);
            List<String> stems = TextAnalysis.contentStems(words);
            sentenceWords.add(words);
            sentenceTfidf.add(SparseVector.tfidf(stems, idf));
            allStems.addAll(stems);
            allWords.addAll(words);
            cues[i] = cueCounts(s, words);
        }
        this.tfidf = SparseVector.tfidf(allStems, idf);
        this.stemSet = new HashSet<>(allStems);
        this.stemBigrams = ngrams(allStems, 2);
        this.stemTrigrams = ngrams(allStems, 3);
        this.joinedWords = " " + String.join(" ", allWords) + " ";
        this.wordCount = allWords.size();
        String intro = text.substring(0, Math.min(INTRO_CHARS, text.length()));
        List<String> introWords = TextAnalysis.words(intro);
        this.introStemSet = new HashSet<>(TextAnalysis.contentStems(introWords));
        this.introJoinedWords = " " + String.join(" ", introWords) + " ";
        this.headlineOnly = !sentences.isEmpty() && !sentences.get(0).isInText()
                && TextAnalysis.words(text).equals(sentenceWords.get(0));
    }

    /**
     * Whether the article is a headline and nothing else: it has a title and its text says the same words (case,
     * spacing and punctuation aside), as when a client has only the headline and sends it as title and text. Such
     * an article is read by the title stance model ({@link TitleStanceModel}); any text beyond the title, however
     * short, is a body and is read by the body model exactly as before.
     */
    public boolean isHeadlineOnly() {
        return headlineOnly;
    }

    /**
     * The article's TF-IDF weights over stems (title and the sentences analysed, sublinear term frequency, the model's
     * idf, L2-normalised): the words that say which event it is about, for story matching.
     */
    public java.util.Map<String, Double> termWeights() {
        return tfidf.weights();
    }

    /** The mean of the sentence embeddings (title included): what the article is about, for story matching. */
    public float[] centroid() {
        return centroid.clone();
    }

    static int[] cueCounts(String sentence, List<String> words) {
        int[] c = new int[CUE_KINDS];
        c[REFUTE] = Lexicon.count(words, Lexicon.REFUTING);
        c[NEGATION] = Lexicon.count(words, Lexicon.NEGATION_WORDS);
        c[HEDGE] = Lexicon.count(words, Lexicon.HEDGING_WORDS);
        c[REPORT] = Lexicon.count(words, Lexicon.REPORTING_WORDS);
        c[AFFIRM] = Lexicon.count(words, Lexicon.AFFIRMING_WORDS);
        c[DENIAL_PHRASE] = Lexicon.countPhrases(words, Lexicon.DENIAL_PHRASES);
        int quotes = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
                quotes++;
            }
        }
        c[QUOTE] = quotes;
        return c;
    }

    static Set<String> ngrams(List<String> tokens, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + n)));
        }
        return out;
    }
}
