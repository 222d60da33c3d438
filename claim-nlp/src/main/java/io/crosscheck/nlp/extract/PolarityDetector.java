package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * DENIES when the cue is a denial ("denied", "rejected reports", "dismissed claims"), when the main clause of the
 * content is negated ("did not receive", "no message was released", "never"), or when the content calls something
 * untrue ("are not true", "is false", "baseless"). Negations inside a subordinate clause ("concerned that they do not")
 * do not flip the claim.
 */
final class PolarityDetector {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nobody", "nothing", "none", "nowhere",
            "neither", "nor", "cannot");
    /** "not only", "not just", "not least" add rather than negate. */
    private static final Set<String> NOT_NEGATING = Set.of("only", "just", "merely", "simply", "least", "necessarily");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "because", "if", "unless",
            "although", "though", "while", "whether", "without", "after", "before", "since", "until", "so");
    private static final Pattern UNTRUE = Pattern.compile(
            "\\b(not true|untrue|false|baseless|groundless|unfounded|fabricated|fabrication|fake news|not accurate|inaccurate|"
                    + "not correct|incorrect|no truth|misleading|nonsense|lies|a lie|disinformation|does not reflect|"
                    + "did not happen|never happened)\\b");
    private static final Pattern NON_COMMITTAL = Pattern.compile("\\bneither confirmed nor denied\\b|\\bneither confirm nor deny\\b");

    Polarity detect(AnalyzedSentence s, int from, int to, String cue) {
        if (cue != null && Lexicon.DENIAL_VERBS.contains(cue.toLowerCase())) {
            return Polarity.DENIES;
        }
        String lowered = lowered(s, from, to);
        if (NON_COMMITTAL.matcher(lowered).find()) {
            return Polarity.AFFIRMS;
        }
        if (UNTRUE.matcher(lowered).find()) {
            return Polarity.DENIES;
        }
        boolean seenVerb = false;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (seenVerb && SUBORDINATORS.contains(w) || w.equals(",") && seenVerb && i + 1 < to && SUBORDINATORS.contains(s.lower(i + 1))) {
                break;
            }
            if (NEGATIONS.contains(w) && !(i + 1 < to && NOT_NEGATING.contains(s.lower(i + 1)))
                    && !(w.equals("neither") || w.equals("nor"))) {
                return Polarity.DENIES;
            }
            if (w.equals("no") && i + 1 < to && !s.words[i + 1].equals(",") && !"PUNCT".equals(s.tags[i + 1])) {
                return Polarity.DENIES;
            }
            if ("VERB".equals(s.tags[i])) {
                seenVerb = true;
            }
            if (Lexicon.DENIAL_VERBS.contains(w) && "VERB".equals(s.tags[i]) && i > from) {
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
