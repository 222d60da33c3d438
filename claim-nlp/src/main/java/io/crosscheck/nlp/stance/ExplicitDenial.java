package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a sentence that says outright that the claim is false: "X denied that ...", "... are not true",
 * "X did not ...". FNC-1 has few such pairs (its "disagree" bodies are mostly hoax debunks), so a model
 * trained on it alone reads a plain news denial as DISCUSSES, or even SUPPORTS since the denial repeats
 * the claim's words. The product needs those as DENIES, hence this rule on top of the model.
 * <p>The sentence must be one of the closest to the claim and close in meaning (so a denial of
 * something else does not count), and the claim itself must not carry the same cue (a claim "the
 * company denied the layoffs" is supported, not denied, by "the company denied the layoffs").
 * <p>Its word lists (denial verbs, falsity words and phrases, modal hedges, claim attribution) are in
 * {@link Lexicon}; only the syntax it walks (denied objects, auxiliaries) is kept here.
 */
final class ExplicitDenial {
    private ExplicitDenial() {
    }

    /** Only the closest sentences (title included) can carry the denial. */
    static final int SEARCH_DEPTH = 2;
    /** MiniLM cosine below which a sentence is not about the claim's own statement. */
    static final double MIN_SIMILARITY = 0.5;
    /** A negation counts when one of the claim's content words follows within this many words. */
    static final int NEGATION_SCOPE = 3;

    /** What a denial verb rejects, when it is not the claim's own words: "denied that", "dismissed reports". */
    static final Set<String> DENIED_OBJECTS = Set.of(
            "that", "report", "reports", "claim", "claims", "rumor", "rumors", "rumour", "rumours", "allegation",
            "allegations", "accusation", "accusations", "story", "stories", "having", "any", "it", "this", "the");

    /** Auxiliaries that a denial's "not" attaches to: "did not", "are not", "has never". */
    static final Set<String> AUXILIARIES = Set.of(
            "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "would", "can");

    /** Index into {@code article.sentences} of the denying sentence, or -1. */
    static int find(AnalyzedClaim claim, AnalyzedArticle article, double[] relevance) {
        if (claim.text.contains("?")
                || Lexicon.count(claim.words, Lexicon.NEGATION_WORDS) > 0
                || Lexicon.count(claim.words, Lexicon.REFUTING) > 0
                || Lexicon.count(claim.words, Lexicon.DENIAL_VERBS) > 0
                || Lexicon.count(claim.words, Lexicon.FALSITY_WORDS) > 0
                || Lexicon.count(claim.words, Lexicon.CLAIM_ATTRIBUTION) > 0) {
            return -1;
        }
        // The title is the outlet's own framing: "No, the bridge did not collapse" or "Kremlin denies ..." denies
        // the claim wherever the title ranks, and it does not take one of the text's places below.
        if (hasTitle(article) && Vectors.dot(claim.embedding, article.sentenceEmbeddings[0]) >= MIN_SIMILARITY) {
            List<String> title = article.sentenceWords.get(0);
            if (deniesSomething(claim, title) || callsFalse(title) || negatesClaimWords(claim, title)) {
                return 0;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i : StanceFeatures.ranked(relevance)) {
            if (article.sentences.get(i).isInText()) {
                order.add(i);
            }
        }
        for (int r = 0; r < Math.min(SEARCH_DEPTH, order.size()); r++) {
            int i = order.get(r);
            double similarity = Vectors.dot(claim.embedding, article.sentenceEmbeddings[i]);
            if (similarity < MIN_SIMILARITY) {
                continue;
            }
            List<String> words = article.sentenceWords.get(i);
            if (deniesSomething(claim, words) || callsFalse(words)) {
                return i;
            }
            // A bare negation is weaker evidence: only in the single closest sentence, and only when it
            // negates the claim's own words.
            if (r == 0 && similarity >= NEGATION_MIN_SIMILARITY && negatesClaimWords(claim, words)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasTitle(AnalyzedArticle article) {
        return !article.sentences.isEmpty() && !article.sentences.get(0).isInText();
    }

    /** MiniLM cosine a negated sentence needs: it must restate the claim nearly word for word. */
    static final double NEGATION_MIN_SIMILARITY = 0.55;

    /** "X denied that ...", "dismissed reports ...", "denied accepting a bribe". */
    private static boolean deniesSomething(AnalyzedClaim claim, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!Lexicon.DENIAL_VERBS.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(words.size() - 1, i + 3); j++) {
                String w = words.get(j);
                if (DENIED_OBJECTS.contains(w) || isClaimWord(claim, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "... are not true", "... is false", "a hoax", unless hedged by a modal. */
    private static boolean callsFalse(List<String> words) {
        boolean falsity = Lexicon.count(words, Lexicon.FALSITY_WORDS) > 0 || Lexicon.countPhrases(words, Lexicon.FALSITY_PHRASES) > 0;
        return falsity && Lexicon.count(words, Lexicon.MODAL_HEDGES) == 0;
    }

    /**
     * An auxiliary's "not"/"never" whose negated word is one of the claim's own: "did not lay off workers" against
     * "laid off workers". The negated word is the first after the negation once auxiliaries and adverbs such as
     * "been", "ever", "really" are passed; a claim word merely nearby is not enough. Measured on FNC-1 rumours
     * (./evaluate stories), "was not at the White House", "doesn't need an island" and "has not been deemed a
     * nuisance" were read as denials of reports about the White House, the island and the nuisance. A negation
     * whose subject is the writer or the reader ("I'd never publish ...") is not the claim's subject speaking.
     */
    private static boolean negatesClaimWords(AnalyzedClaim claim, List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            // "has no ..." is left out: in news it is mostly "has no comment", "had no choice".
            boolean negated = (w.equals("not") || w.equals("never")) && AUXILIARIES.contains(words.get(i - 1));
            if (!negated || spokenByWriterOrReader(claim, words, i - 1)) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && j <= i + NEGATION_SCOPE && NEGATION_BRIDGES.contains(words.get(j))) {
                j++;
            }
            if (j < words.size() && j <= i + NEGATION_SCOPE && isNegatedClaimWord(claim, words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** What stands between a negation and the word it negates: "has not been", "did not even", "is not yet". */
    static final Set<String> NEGATION_BRIDGES = Set.of("be", "been", "being", "have", "ever", "yet", "even", "really",
            "actually", "always", "directly", "officially", "personally", "formally", "already", "previously");

    /** "I", "we", "you" before the auxiliary, when the claim has no such subject. */
    private static boolean spokenByWriterOrReader(AnalyzedClaim claim, List<String> words, int auxiliary) {
        if (auxiliary == 0) {
            return false;
        }
        String subject = words.get(auxiliary - 1);
        return FIRST_AND_SECOND_PERSON.contains(subject) && !claim.words.contains(subject);
    }

    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you", "i'd", "we'd", "you'd");

    /** A claim word, also when the claim has its irregular past ("lay" against "laid"). */
    private static boolean isNegatedClaimWord(AnalyzedClaim claim, String word) {
        if (isClaimWord(claim, word)) {
            return true;
        }
        for (String claimWord : claim.words) {
            String base = Lexicon.IRREGULAR_PAST.get(claimWord);
            if (base != null && base.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClaimWord(AnalyzedClaim claim, String word) {
        return !Lexicon.STOP_WORDS.contains(word) && claim.stemSet.contains(TextAnalysis.stem(word));
    }
}
