package io.crosscheck.nlp.extract;

/**
 * A sentence with its tokens (normalized words, UD POS tags, absolute character offsets). {@code wholeLine} marks a
 * sentence that is a line of its own, the shape of headings, bylines and captions.
 */
final class AnalyzedSentence {
    final int index;
    final int start;
    final int end;
    final String text;
    final String[] words;
    final String[] tags;
    final int[] starts;
    final int[] ends;
    final boolean wholeLine;

    AnalyzedSentence(int index, int start, int end, String text, String[] words, String[] tags, int[] starts, int[] ends,
                     boolean wholeLine) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.words = words;
        this.tags = tags;
        this.starts = starts;
        this.ends = ends;
        this.wholeLine = wholeLine;
    }

    private Boolean heading;

    /** Title-case line without terminal punctuation; computed once. */
    boolean isHeading() {
        if (heading == null) {
            heading = SentenceSelector.isHeading(this);
        }
        return heading;
    }

    int size() {
        return words.length;
    }

    String lower(int i) {
        return words[i].toLowerCase();
    }

    boolean isVerb(int i) {
        return "VERB".equals(tags[i]) || "AUX".equals(tags[i]);
    }

    boolean isProperNoun(int i) {
        return "PROPN".equals(tags[i]);
    }

    boolean isCapitalized(int i) {
        String w = words[i];
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    boolean isQuote(int i) {
        return "\"".equals(words[i]) || "''".equals(words[i]) || "``".equals(words[i]);
    }

    /** Original text of tokens [from, to). */
    String textOf(String source, int from, int to) {
        if (from >= to) {
            return "";
        }
        return source.substring(starts[from], ends[to - 1]);
    }

    /** Token index at or after the absolute offset, or size(). */
    int tokenAt(int offset) {
        for (int i = 0; i < words.length; i++) {
            if (ends[i] > offset) {
                return i;
            }
        }
        return words.length;
    }
}
