package io.crosscheck.nlp.text;

import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text layer every engine of claim-nlp reads: sentences (one splitter, {@link SentenceSplitter} over the
 * {@link TextNormalizer} copy), tokens and UD POS tags, offsets into the original text, and the stance engine's
 * word and stem features. Extraction and stance therefore see the same sentence boundaries.
 * <p>Use {@link #shared()}: the OpenNLP models are read once per process (each on first use) and shared;
 * thread-safe.
 */
public final class TextAnalysis {
    /** A window of {@link SentenceSplitter#MAX_SENTENCE_CHARS} holds far fewer tokens; this guards pathological input. */
    private static final int MAX_TOKENS = 200;

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    private final NlpModels models;

    private TextAnalysis(NlpModels models) {
        this.models = models;
    }

    private static final class Shared {
        static final TextAnalysis INSTANCE = new TextAnalysis(new NlpModels());
    }

    /** The process's one instance. */
    public static TextAnalysis shared() {
        return Shared.INSTANCE;
    }

    /** Reads every OpenNLP model now rather than on first use (for a service's start-up). */
    public TextAnalysis preload() {
        models.loadAll();
        return this;
    }

    /** Reads the sentence model now: all that {@link #sentences} needs. */
    public TextAnalysis preloadSentences() {
        models.loadSentenceModel();
        return this;
    }

    /**
     * The sentences of a text, without tokens: lines split first (a hard-wrapped line continues), OpenNLP within
     * them, abbreviations repaired, over-long pieces cut at {@link SentenceSplitter#MAX_SENTENCE_CHARS}. The text
     * of each is the original's, and its offsets index the original.
     */
    public List<SentenceSpan> sentences(String original) {
        String normalized = TextNormalizer.forNlp(original);
        List<int[]> spans = SentenceSplitter.split(normalized, models.sentenceDetector());
        List<SentenceSpan> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            out.add(new SentenceSpan(original.substring(span[0], span[1]), span[0], span[1]));
        }
        return out;
    }

    /** The same sentences as {@link #sentences}, tokenized and POS-tagged (a sentence without tokens is left out). */
    public List<AnalyzedSentence> analyze(String original) {
        String normalized = TextNormalizer.forNlp(original);
        List<int[]> spans = SentenceSplitter.split(normalized, models.sentenceDetector());
        List<AnalyzedSentence> sentences = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            AnalyzedSentence sentence = analyzeSentence(sentences.size(), original, normalized, span[0], span[1]);
            if (sentence != null) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private AnalyzedSentence analyzeSentence(int index, String original, String normalized, int start, int end) {
        String sentenceText = normalized.substring(start, end);
        Span[] tokenSpans = splitPossessives(sentenceText, models.tokenizer().tokenizePos(sentenceText));
        int n = Math.min(tokenSpans.length, MAX_TOKENS);
        if (n == 0) {
            return null;
        }
        String[] words = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = start + tokenSpans[i].getStart();
            ends[i] = start + tokenSpans[i].getEnd();
            words[i] = normalized.substring(starts[i], ends[i]);
        }
        if (n < tokenSpans.length) {
            end = ends[n - 1];
        }
        String[] tags = models.tagger().tag(words);
        return new AnalyzedSentence(index, start, end, original.substring(start, end), words, tags, starts, ends,
                isWholeLine(normalized, start, end));
    }

    /** The UD tokenizer keeps "Iran's" whole; names and possessives are found separately, so split off "'s". */
    static Span[] splitPossessives(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            int length = span.getEnd() - span.getStart();
            if (length > 2 && text.charAt(span.getEnd() - 2) == '\'' && (text.charAt(span.getEnd() - 1) == 's'
                    || text.charAt(span.getEnd() - 1) == 'S')) {
                out.add(new Span(span.getStart(), span.getEnd() - 2));
                out.add(new Span(span.getEnd() - 2, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static boolean isWholeLine(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after >= text.length() || text.charAt(after) == '\n');
    }

    // --- Words and stems: the stance engine's bag-of-words features (no POS needed, so cheap on any text) ---

    /**
     * Lower-cased runs of letters and digits, with "n't" spelled "not" (and "can't"/"won't" as "can not"/"will
     * not") and curly apostrophes straightened, so that a negation cue is one word however it is written.
     */
    public static List<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        s = s.replace("can't", "can not").replace("won't", "will not").replace("n't", " not");
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /**
     * The Porter stem of a lower-cased word: claim-nlp's one stemmer. It needs no POS tagging (a lemmatizer would, at
     * several times the cost) and is enough for overlap.
     */
    public static String stem(String word) {
        return STEMMER.get().stem(word);
    }

    /** Stems of the words that are not {@link Lexicon#STOP_WORDS}: the topic-bearing part of a text. */
    public static List<String> contentStems(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!Lexicon.STOP_WORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }
}
