package io.crosscheck.nlp.text;

/**
 * A sentence with its tokens (normalized words, UD POS tags, absolute character offsets). {@code wholeLine} marks a
 * sentence that is a line of its own, the shape of headings, bylines and captions. Built by
 * {@link TextAnalysis#analyze}; the arrays are shared, not copied: read them, do not write them.
 */
public final class AnalyzedSentence {
    public final int index;
    public final int start;
    public final int end;
    public final String text;
    public final String[] words;
    public final String[] tags;
    public final int[] starts;
    public final int[] ends;
    public final boolean wholeLine;

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

    public int size() {
        return words.length;
    }

    public String lower(int i) {
        return words[i].toLowerCase();
    }

    public boolean isVerb(int i) {
        return "VERB".equals(tags[i]) || "AUX".equals(tags[i]);
    }

    public boolean isProperNoun(int i) {
        return "PROPN".equals(tags[i]);
    }

    public boolean isCapitalized(int i) {
        String w = words[i];
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    public boolean isQuote(int i) {
        return "\"".equals(words[i]) || "''".equals(words[i]) || "``".equals(words[i]);
    }

    /** Original text of tokens [from, to). */
    public String textOf(String source, int from, int to) {
        if (from >= to) {
            return "";
        }
        return source.substring(starts[from], ends[to - 1]);
    }

    /** Token index at or after the absolute offset, or size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < words.length; i++) {
            if (ends[i] > offset) {
                return i;
            }
        }
        return words.length;
    }
}
