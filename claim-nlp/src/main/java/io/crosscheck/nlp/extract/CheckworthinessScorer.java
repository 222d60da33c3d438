package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.Set;

/**
 * How worth checking a claim is, 0..1, from features a fact-checker looks for: numbers and quantities, named
 * entities, dates, attribution to a source, past-tense event verbs; and against it, first/second person opinion,
 * evaluative or speculative language, modal-only statements and very short or very vague text. A weighted sum through
 * a logistic, so the weights read as log-odds.
 */
final class CheckworthinessScorer {
    private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you", "me", "us", "my", "our", "your",
            "i'm", "we're", "you're");
    private static final Set<String> OPINION_WORDS = Set.of("should", "must", "ought", "think", "feel", "believe",
            "hope", "wish", "want", "love", "hate", "great", "terrible", "wonderful", "important", "crucial", "critical",
            "vital", "key", "significant", "deeply", "complex", "clearly", "obviously", "need", "needs", "best", "worst",
            "horrible", "amazing", "disgrace", "shame", "sad", "good", "bad", "better", "worse", "right", "wrong", "let",
            "pivotal", "unprecedented", "interesting", "remarkable", "fragile", "closely", "anxiously", "necessitates");
    private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "should", "can", "will", "shall");
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "met", "sent", "gave", "took", "made",
            "won", "lost", "paid", "spent", "fell", "rose", "grew", "hit", "cut", "killed", "left", "held", "led", "began",
            "came", "went", "saw", "found", "brought", "bought", "built", "sold", "struck", "shot", "wrote", "became",
            "ran", "broke", "drove", "flew", "fought", "stole", "threw", "withdrew", "signed", "seized", "fled");

    record Features(int quantities, int entities, int times, boolean attributed, boolean quoted, int words,
                    boolean hedged) {
    }

    double score(AnalyzedSentence s, int from, int to, Features f) {
        double logit = -0.6;
        logit += Math.min(f.quantities(), 2) * 0.9;
        logit += Math.min(f.entities(), 3) * 0.45;
        logit += Math.min(f.times(), 2) * 0.5;
        logit += f.attributed() ? 0.4 : 0.0;
        int firstSecond = 0;
        int opinion = 0;
        int modals = 0;
        boolean pastEvent = false;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (FIRST_SECOND_PERSON.contains(w)) {
                firstSecond++;
            }
            if (OPINION_WORDS.contains(w)) {
                opinion++;
            }
            if (MODALS.contains(w) && "AUX".equals(s.tags[i])) {
                modals++;
            }
            if ("VERB".equals(s.tags[i]) && (w.endsWith("ed") || IRREGULAR_PAST.contains(w))) {
                pastEvent = true;
            }
            if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("was") || w.equals("were")) {
                pastEvent |= i + 1 < to && "VERB".equals(s.tags[i + 1]);
            }
            if (!digits && Character.isDigit(w.charAt(0))) {
                digits = true;
            }
        }
        logit += pastEvent ? 0.6 : 0.0;
        logit += digits && f.quantities() == 0 ? 0.4 : 0.0;
        // "I voted for it in 2003" is checkable; "I think we should" is not: first person costs less next to facts.
        boolean factual = pastEvent || digits || f.quantities() > 0 || f.times() > 0;
        logit -= Math.min(firstSecond, 3) * (f.quoted() || factual ? 0.2 : 0.5);
        logit -= Math.min(opinion, 3) * 0.45;
        if (modals > 0 && f.quantities() == 0 && f.times() == 0 && !pastEvent) {
            logit -= 0.6;
        }
        logit -= f.hedged() ? 0.2 : 0.0;
        if (f.words() < 6) {
            logit -= 0.8;
        } else if (f.words() > 45) {
            logit -= 0.3;
        }
        return Math.round(1.0 / (1.0 + Math.exp(-logit)) * 1000.0) / 1000.0;
    }
}
