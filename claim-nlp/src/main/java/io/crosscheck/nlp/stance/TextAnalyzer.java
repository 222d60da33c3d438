package io.crosscheck.nlp.stance;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences (with offsets) and words, and stems words. Thread-safe.
 * <p>Words are lower-cased runs of letters and digits; "n't" is spelled out as "not" so that negation
 * cues are one word however they are written. Stems come from the Porter stemmer, which needs no
 * part-of-speech tagging (a lemmatizer would, at several times the cost) and is enough for overlap.
 */
public final class TextAnalyzer {
    /** The sentence model shipped in opennlp-models-sentdetect-en (UD English EWT). */
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Sentences longer than this are cut at the next space: embeddings of run-ons say little. */
    private static final int MAX_SENTENCE_CHARS = 600;

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    /** Function words that carry no topic. Negations are deliberately absent: they carry stance. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "against",
            "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up",
            "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here",
            "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
            "other", "some", "such", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can",
            "will", "just", "should", "now", "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
            "you", "your", "yours", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
            "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom",
            "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
            "has", "had", "having", "do", "does", "did", "doing", "would", "could", "also", "as", "because",
            "until", "while", "said", "says", "say", "one", "two", "new", "like", "get", "got", "us",
            "mr", "mrs", "ms", "via", "however", "yet", "still", "whether", "may", "might", "must");

    private final ThreadSafeSentenceDetectorME sentenceDetector;

    private TextAnalyzer(ThreadSafeSentenceDetectorME sentenceDetector) {
        this.sentenceDetector = sentenceDetector;
    }

    public static TextAnalyzer load() {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + SENTENCE_MODEL
                        + " not on the classpath (dependency opennlp-models-sentdetect-en)");
            }
            return new TextAnalyzer(new ThreadSafeSentenceDetectorME(new SentenceModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP sentence model", e);
        }
    }

    /**
     * The sentences of a text with their offsets. Line breaks always end a sentence (news bodies put
     * headings, captions and bylines on lines of their own, which the statistical detector would glue
     * onto the next sentence).
     */
    public List<TextSpan> sentences(String text) {
        List<TextSpan> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : sentenceDetector.sentPosDetect(line)) {
                    addTrimmed(out, text, lineStart + span.getStart(), lineStart + span.getEnd());
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void addTrimmed(List<TextSpan> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start || text.substring(start, end).codePoints().noneMatch(Character::isLetterOrDigit)) {
            return; // nothing to read: rules, bullets, stray punctuation
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
            if (cut <= start) {
                cut = start + MAX_SENTENCE_CHARS;
            }
            out.add(new TextSpan(text.substring(start, cut), start, cut));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new TextSpan(text.substring(start, end), start, end));
        }
    }

    /** Lower-cased words, with "n't" spelled "not" and curly apostrophes straightened. */
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

    public static String stem(String word) {
        return STEMMER.get().stem(word);
    }

    /** Stems of the words that are not stop words: the topic-bearing part of a text. */
    public static List<String> contentStems(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!STOP_WORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }
}
