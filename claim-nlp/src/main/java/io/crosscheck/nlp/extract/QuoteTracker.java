package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.List;

/**
 * Marks which tokens of each sentence are inside quotation marks, following quotes that run over several sentences.
 * Curly quotes say whether they open or close; straight quotes toggle. A paragraph break ends an unclosed quote
 * unless the next paragraph reopens it (the newswire convention for multi-paragraph quotes), and a quote never runs
 * past {@link #MAX_QUOTE_SENTENCES} sentences, so one stray mark cannot swallow an article.
 */
final class QuoteTracker {
    static final int MAX_QUOTE_SENTENCES = 8;

    /** Per sentence: quoted[i] is true for tokens inside quotes (the marks themselves are not). */
    record QuoteMarks(boolean[] quoted, boolean openAtStart, boolean openAtEnd, int quotedCount, int groupStart) {
        boolean fullyQuoted(AnalyzedSentence s) {
            int words = 0;
            for (int i = 0; i < s.size(); i++) {
                if (!isPunctuation(s.words[i])) {
                    words++;
                }
            }
            return words > 0 && quotedCount >= words;
        }
    }

    private QuoteTracker() {
    }

    static QuoteMarks[] track(String original, List<AnalyzedSentence> sentences) {
        QuoteMarks[] marks = new QuoteMarks[sentences.size()];
        boolean open = false;
        int openSince = -1;
        for (int k = 0; k < sentences.size(); k++) {
            AnalyzedSentence s = sentences.get(k);
            if (open && (k - openSince >= MAX_QUOTE_SENTENCES
                    || k > 0 && paragraphBreakBetween(original, sentences.get(k - 1), s))) {
                open = false;
            }
            boolean openAtStart = open;
            if (!open) {
                openSince = -1;
            }
            boolean[] quoted = new boolean[s.size()];
            int count = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.isQuote(i)) {
                    char mark = original.charAt(s.starts[i]);
                    if (mark == '\u201C' || mark == '\u201E' || mark == '\u00AB') {
                        open = true;
                    } else if (mark == '\u201D' || mark == '\u00BB') {
                        open = false;
                    } else {
                        open = !open;
                    }
                    if (open && openSince < 0) {
                        openSince = k;
                    }
                    continue;
                }
                quoted[i] = open;
                if (open && !isPunctuation(s.words[i])) {
                    count++;
                }
            }
            marks[k] = new QuoteMarks(quoted, openAtStart, open, count, openAtStart ? openSince : k);
        }
        return marks;
    }

    private static boolean paragraphBreakBetween(String text, AnalyzedSentence previous, AnalyzedSentence next) {
        for (int i = previous.end; i < next.start && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    static boolean isPunctuation(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
