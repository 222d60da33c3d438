package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features the attribution tagger sees for one token of an article: the word, its stem and shape, its UD POS
 * tag, both in a window of two; whether it is inside quotation marks (followed across sentences by
 * {@link QuoteTracker}) and which way a quotation mark turns; how far the nearest reporting verb
 * ({@link Lexicon#REPORTING_VERBS}), "according to" and quotation mark are on either side; capitalisation and the
 * place in the sentence. Those are computed once per article; the tags already given to the previous two tokens and
 * the last tag of the previous sentence are added per decoding step, so a content span can run on and a quote can
 * continue into the next sentence. Training ({@code nlp-tools} {@code TrainAttributionModel}) and tagging use this
 * one class, so they cannot drift apart.
 */
public final class AttributionFeatures {
    private static final String[] NO_FEATURES = new String[0];
    /**
     * The feature templates, written into the model file's header: a model trained on other features is refused
     * rather than misread. Change this list whenever a template below changes.
     */
    public static final List<String> TEMPLATES = List.of("w", "st", "sh", "t", "w+-2", "t+-2", "tt", "tt+", "ww", "q",
            "q+-1", "qm", "rv", "rvt", "rv+-1", "rvL", "rvR", "rvLR", "qrv", "acL", "acR", "acc", "qmL", "qmR", "cap",
            "at", "sq|srv", "inq", "p1", "p2", "p1w", "ps|inq");

    private final List<AnalyzedSentence> sentences;
    private final String[][][] tokenFeatures;

    AttributionFeatures(String text, List<AnalyzedSentence> sentences, QuoteTracker.QuoteMarks[] marks) {
        this.sentences = sentences;
        this.tokenFeatures = new String[sentences.size()][][];
        for (int k = 0; k < sentences.size(); k++) {
            tokenFeatures[k] = sentenceFeatures(text, sentences.get(k), marks[k]);
        }
    }

    /** The features of every token of an article, over the sentences of {@link TextAnalysis#analyze}. */
    public static AttributionFeatures of(String text, List<AnalyzedSentence> sentences) {
        return new AttributionFeatures(text, sentences, QuoteTracker.track(text, sentences));
    }

    public List<AnalyzedSentence> sentences() {
        return sentences;
    }

    /**
     * The features of token {@code i} of sentence {@code k} once the tagger has chosen {@code previous} and
     * {@code beforePrevious} for the tokens before it (null at the start of the sentence) and
     * {@code previousSentenceEnd} for the last token of the sentence before (null for the first sentence).
     */
    public String[] context(int k, int i, AttributionLabel previous, AttributionLabel beforePrevious,
                            AttributionLabel previousSentenceEnd) {
        String[] base = tokenFeatures[k][i];
        String[] out = Arrays.copyOf(base, base.length + 4);
        String p1 = previous == null ? "<s>" : previous.name();
        String p2 = beforePrevious == null ? "<s>" : beforePrevious.name();
        String ps = previousSentenceEnd == null ? "<doc>" : previousSentenceEnd.part().name();
        out[base.length] = "p1=" + p1;
        out[base.length + 1] = "p2=" + p2 + "|" + p1;
        out[base.length + 2] = "p1w=" + p1 + "|" + base[0];
        out[base.length + 3] = "ps=" + ps + "|" + base[base.length - 1];
        return out;
    }

    private static String[][] sentenceFeatures(String text, AnalyzedSentence s, QuoteTracker.QuoteMarks marks) {
        int n = s.size();
        String[] lower = new String[n];
        boolean[] reporting = new boolean[n];
        boolean[] according = new boolean[n];
        boolean[] quoteMark = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = s.lower(i);
            reporting[i] = Lexicon.REPORTING_VERBS.contains(lower[i]);
            quoteMark[i] = s.isQuote(i);
        }
        for (int i = 0; i + 1 < n; i++) {
            if (lower[i].equals("according") && lower[i + 1].equals("to")) {
                according[i] = true;
                according[i + 1] = true;
            }
        }
        boolean anyQuoted = marks.quotedCount() > 0;
        boolean anyReporting = false;
        for (boolean r : reporting) {
            anyReporting |= r;
        }
        String sentenceShape = "sq=" + anyQuoted + "|srv=" + anyReporting;
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(48);
        for (int i = 0; i < n; i++) {
            f.clear();
            f.add("w=" + lower[i]);
            f.add("st=" + TextAnalysis.stem(lower[i]));
            f.add("sh=" + shape(s.words[i]));
            f.add("t=" + s.tags[i]);
            for (int d = -2; d <= 2; d++) {
                if (d == 0) {
                    continue;
                }
                int j = i + d;
                f.add("w" + d + "=" + (j < 0 ? "<s>" : j >= n ? "</s>" : lower[j]));
                f.add("t" + d + "=" + (j < 0 ? "<s>" : j >= n ? "</s>" : s.tags[j]));
            }
            f.add("tt=" + (i > 0 ? s.tags[i - 1] : "<s>") + "|" + s.tags[i]);
            f.add("tt+=" + s.tags[i] + "|" + (i + 1 < n ? s.tags[i + 1] : "</s>"));
            f.add("ww=" + (i > 0 ? lower[i - 1] : "<s>") + "|" + lower[i]);
            boolean quoted = marks.quoted()[i];
            f.add("q=" + quoted);
            f.add("q-1=" + (i > 0 && marks.quoted()[i - 1]));
            f.add("q+1=" + (i + 1 < n && marks.quoted()[i + 1]));
            if (quoteMark[i]) {
                f.add("qm=" + quoteDirection(text, s, i));
            }
            if (reporting[i]) {
                f.add("rv");
                f.add("rvt=" + s.tags[i]);
            }
            if (i > 0 && reporting[i - 1]) {
                f.add("rv-1");
            }
            if (i + 1 < n && reporting[i + 1]) {
                f.add("rv+1");
            }
            String rvLeft = distanceLeft(reporting, i);
            String rvRight = distanceRight(reporting, i);
            f.add("rvL=" + rvLeft);
            f.add("rvR=" + rvRight);
            f.add("rvLR=" + rvLeft + "|" + rvRight);
            f.add("qrv=" + quoted + "|" + rvLeft + "|" + rvRight);
            f.add("acL=" + distanceLeft(according, i));
            f.add("acR=" + distanceRight(according, i));
            if (according[i]) {
                f.add("acc");
            }
            f.add("qmL=" + distanceLeft(quoteMark, i));
            f.add("qmR=" + distanceRight(quoteMark, i));
            f.add("cap=" + s.isCapitalized(i) + "|" + s.tags[i]);
            f.add("at=" + (i == 0 ? "first" : i == 1 ? "second" : i == n - 1 ? "last" : i >= n - 3 ? "end" : "mid"));
            f.add(sentenceShape);
            f.add(quoted ? "inq" : "outq");
            out[i] = f.toArray(NO_FEATURES);
        }
        return out;
    }

    private static String shape(String word) {
        StringBuilder b = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 4; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : 'p';
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    private static String quoteDirection(String text, AnalyzedSentence s, int i) {
        char mark = text.charAt(s.starts[i]);
        if (mark == '\u201C' || mark == '\u201E' || mark == '\u00AB') {
            return "open";
        }
        if (mark == '\u201D' || mark == '\u00BB') {
            return "close";
        }
        return "straight";
    }

    private static String distanceLeft(boolean[] hits, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (hits[j]) {
                return bucket(i - j);
            }
        }
        return "none";
    }

    private static String distanceRight(boolean[] hits, int i) {
        for (int j = i + 1; j < hits.length; j++) {
            if (hits[j]) {
                return bucket(j - i);
            }
        }
        return "none";
    }

    private static String bucket(int distance) {
        return distance <= 3 ? Integer.toString(distance) : distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : "13+";
    }
}
