package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits content that holds independent claims: "said A and denied B" (a second reporting verb joined by "and"
 * gives a second claim with its own cue), and coordinated main clauses with their own subject ("A, and B",
 * "A; B", "A, but B"). Each part is a token range with the cue that governs it.
 */
final class ClaimDecomposer {
    record Part(int from, int to, String cue, int cueIndex) {
    }

    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "yet");
    private static final int MIN_PART = 4;

    private final AttributionDetector attributions;

    ClaimDecomposer(AttributionDetector attributions) {
        this.attributions = attributions;
    }

    List<Part> split(AnalyzedSentence s, int from, int to, String cue, int cueIndex, boolean quoted) {
        List<Part> parts = new ArrayList<>();
        splitInto(s, from, to, cue, cueIndex, quoted, parts, 0);
        return parts;
    }

    private void splitInto(AnalyzedSentence s, int from, int to, String cue, int cueIndex, boolean quoted, List<Part> out,
                           int depth) {
        if (depth < 4) {
            for (int i = from + MIN_PART; i < to - MIN_PART + 1; i++) {
                String w = s.lower(i);
                if (quoted && s.isQuote(i)) {
                    break;
                }
                // "and denied that B" / "and added B": a second reporting verb shares the speaker.
                if (cue != null && w.equals("and") && !quoted) {
                    int verb = i + 1;
                    while (verb < to && "ADV".equals(s.tags[verb])) {
                        verb++;
                    }
                    if (verb < to && attributions.isReportingVerb(s, verb) && "VERB".equals(s.tags[verb])) {
                        int contentFrom = AttributionDetector.skipToContent(s, verb);
                        if (to - contentFrom >= 2) {
                            splitInto(s, from, trimComma(s, from, i), cue, cueIndex, quoted, out, depth + 1);
                            splitInto(s, contentFrom, to, s.words[verb], verb, quoted, out, depth + 1);
                            return;
                        }
                    }
                }
                boolean joiner = CLAUSE_JOINERS.contains(w) && i > from && s.words[i - 1].equals(",")
                        || w.equals(";");
                if (joiner && !endsList(s, from, i) && hasVerb(s, from, i) && startsClause(s, w.equals(";") ? i + 1 : i + 1, to)) {
                    int rightFrom = i + 1;
                    splitInto(s, from, trimComma(s, from, i), cue, cueIndex, quoted, out, depth + 1);
                    splitInto(s, rightFrom, to, cue, cueIndex, quoted, out, depth + 1);
                    return;
                }
            }
        }
        out.add(new Part(from, to, cue, cueIndex));
    }

    /** "A, B, and C" is a list, not two clauses: another comma shortly before the joiner. */
    private static boolean endsList(AnalyzedSentence s, int from, int joiner) {
        for (int k = joiner - 2; k >= Math.max(from, joiner - 6); k--) {
            if (s.words[k].equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static int trimComma(AnalyzedSentence s, int from, int to) {
        while (to > from && (s.words[to - 1].equals(",") || s.words[to - 1].equals(";"))) {
            to--;
        }
        return to;
    }

    private static boolean hasVerb(AnalyzedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("VERB".equals(s.tags[i]) || "AUX".equals(s.tags[i])) {
                return true;
            }
        }
        return false;
    }

    /** A subject (pronoun, name or determiner + noun) followed by a verb within a few tokens. */
    private static boolean startsClause(AnalyzedSentence s, int from, int to) {
        if (to - from < MIN_PART) {
            return false;
        }
        String tag = s.tags[from];
        if (!(tag.equals("PRON") || tag.equals("PROPN") || tag.equals("DET") || tag.equals("NOUN") || tag.equals("NUM")
                || tag.equals("ADJ"))) {
            return false;
        }
        if (s.lower(from).equals("it") && from + 1 < to && s.lower(from + 1).equals("is")) {
            return true;
        }
        for (int i = from + 1; i < Math.min(to, from + 7); i++) {
            if ("VERB".equals(s.tags[i]) || "AUX".equals(s.tags[i])) {
                return true;
            }
            if ("ADP".equals(s.tags[i]) && i == from + 1 || s.words[i].equals(",")) {
                return false;
            }
        }
        return false;
    }
}
