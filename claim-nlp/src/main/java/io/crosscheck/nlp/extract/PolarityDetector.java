package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.Set;

/**
 * DENIES when the cue is a denial ("denied", "rejected reports", "dismissed claims"), when the main clause of the
 * content is negated ("did not receive", "no message was released", "never"), or when the content calls something
 * untrue ("are not true", "is false", "baseless"). Negations inside a subordinate clause ("concerned that they do not")
 * do not flip the claim.
 */
final class PolarityDetector {
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "because", "if", "unless",
            "although", "though", "while", "whether", "without", "after", "before", "since", "until", "so");

    Polarity detect(AnalyzedSentence s, int from, int to, String cue) {
        if (cue != null && Lexicon.DENIAL_REPORTING_VERBS.contains(cue.toLowerCase())) {
            return Polarity.DENIES;
        }
        String lowered = lowered(s, from, to);
        if (Lexicon.NON_COMMITTAL.matcher(lowered).find()) {
            return Polarity.AFFIRMS;
        }
        if (Lexicon.UNTRUE_PHRASES.matcher(lowered).find()) {
            return Polarity.DENIES;
        }
        boolean seenVerb = false;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (seenVerb && SUBORDINATORS.contains(w) || w.equals(",") && seenVerb && i + 1 < to && SUBORDINATORS.contains(s.lower(i + 1))) {
                break;
            }
            if (Lexicon.NEGATIONS.contains(w) && !(i + 1 < to && Lexicon.NOT_NEGATING.contains(s.lower(i + 1)))
                    && !(w.equals("neither") || w.equals("nor"))) {
                return Polarity.DENIES;
            }
            if (w.equals("no") && i + 1 < to && !s.words[i + 1].equals(",") && !"PUNCT".equals(s.tags[i + 1])) {
                return Polarity.DENIES;
            }
            if ("VERB".equals(s.tags[i])) {
                seenVerb = true;
            }
            if (Lexicon.DENIAL_REPORTING_VERBS.contains(w) && "VERB".equals(s.tags[i]) && i > from) {
                return Polarity.DENIES;
            }
        }
        return Polarity.AFFIRMS;
    }

    static String lowered(AnalyzedSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.lower(i));
        }
        return b.toString().replace(" n't", " not").replace("ca not", "cannot");
    }
}
