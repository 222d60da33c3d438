package io.crosscheck.nlp.extract;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/** Sentences, tokens and POS tags for a whole text, with offsets into the original text. */
final class TextAnalyzer {
    /** A window of {@link SentenceSplitter#MAX_SENTENCE_CHARS} holds far fewer tokens; this guards pathological input. */
    private static final int MAX_TOKENS = 200;

    private final NlpModels models;

    TextAnalyzer(NlpModels models) {
        this.models = models;
    }

    List<AnalyzedSentence> analyze(String original) {
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
        java.util.List<Span> out = new ArrayList<>(spans.length + 4);
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
}
