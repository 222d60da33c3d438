package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a sentence that states the claim plainly: nearly the claim's own words, close in meaning, with
 * no hedge, negation or refutation ("Unemployment fell to 3.9 percent in October, the statistics office
 * said"). FNC-1 bodies that merely relay a story ("discuss") are the majority of its related pairs, so
 * its trees lean to DISCUSSES for any attributed sentence; in the product's straight news an
 * unhedged statement of the claim by the text is support, hence this rule over the trees' DISCUSSES.
 */
final class ExplicitAffirmation {
    private ExplicitAffirmation() {
    }

    /** MiniLM cosine the sentence needs: a restatement, not a sentence on the same topic. */
    static final double MIN_SIMILARITY = 0.8;
    /** Share of the claim's content stems the sentence must contain (numbers included). */
    static final double MIN_COVERAGE = 0.9;

    /** Index into {@code article.sentences} of the affirming sentence (the closest one only), or -1. */
    static int find(AnalyzedClaim claim, AnalyzedArticle article, double[] relevance) {
        if (claim.stemSet.isEmpty() || claim.text.contains("?")
                || Lexicon.count(claim.words, Lexicon.HEDGING_WORDS) > 0
                || Lexicon.count(claim.words, Lexicon.CLAIM_ATTRIBUTION) > 0) {
            return -1;
        }
        List<Integer> order = StanceFeatures.ranked(relevance);
        if (order.isEmpty()) {
            return -1;
        }
        int i = order.get(0);
        if (Vectors.dot(claim.embedding, article.sentenceEmbeddings[i]) < MIN_SIMILARITY) {
            return -1;
        }
        int[] cues = article.cues[i];
        if (cues[AnalyzedArticle.HEDGE] > 0 || cues[AnalyzedArticle.NEGATION] > 0
                || cues[AnalyzedArticle.REFUTE] > 0 || cues[AnalyzedArticle.DENIAL_PHRASE] > 0) {
            return -1;
        }
        Set<String> stems = new HashSet<>(TextAnalysis.contentStems(article.sentenceWords.get(i)));
        int covered = 0;
        for (String s : claim.stemSet) {
            if (stems.contains(s)) {
                covered++;
            }
        }
        return covered >= MIN_COVERAGE * claim.stemSet.size() ? i : -1;
    }
}
