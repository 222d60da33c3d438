package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The feature vector of a (claim, text) pair. Two families:
 * <ul>
 * <li>relatedness: word, n-gram and character overlap (as in the FNC-1 baseline), TF-IDF cosine and
 * MiniLM cosine of the claim against the whole text and its closest sentences;</li>
 * <li>stance: refuting, negation, hedging, reporting and affirming cues, counted in the claim, in the
 * whole text, and in the sentences closest in meaning to the claim (weighted by that closeness),
 * since a denial matters when it sits next to the claim, not anywhere in a long article.</li>
 * </ul>
 * The order of {@link #NAMES} is the model's input order: changing it needs retraining.
 */
public final class StanceFeatures {
    private StanceFeatures() {
    }

    public static final List<String> NAMES = List.of(
            "jaccard", "coverage", "idfCoverage", "maxMissingIdf", "introCoverage", "charGramHit",
            "charGramHitIntro", "bigramHit", "trigramHit", "tfidfCos", "tfidfMaxSentence", "tfidfTop3",
            "embMax", "embTop3", "embCentroid", "embLead", "embMaxMinusMean", "bestSentenceCoverage",
            "logSentences", "claimWords", "claimRefute", "claimNegation", "claimHedge", "claimQuestion",
            "claimReport", "claimRefuteParity", "bodyRefuteParity", "bodyRefuteRate", "bodyNegationRate",
            "bodyHedgeRate", "bodyReportRate", "bodyAffirmRate", "bodyDenialPhraseRate", "top3Refute",
            "top3Negation", "top3Hedge", "top3Report", "top3Affirm", "top3DenialPhrase", "bestRefute",
            "bestNegation", "bestHedge", "bestAffirm", "bestDenialPhrase", "weightedRefute",
            "weightedNegation", "weightedHedge", "weightedAffirm", "maxSimRefuteSentence",
            "maxSimNegationSentence", "maxSimHedgeSentence", "maxSimAffirmSentence", "maxSimPlainSentence",
            "refuteGap", "introRefute", "introHedge", "quoteRate", "bestNegationMismatch", "bodyRefuteCount",
            "bestQuote", "numberCoverage", "weightedDenialPhrase", "weightedReport");

    /** Closeness of each sentence to the claim: mostly meaning (MiniLM), partly shared rare words. */
    static double[] relevance(AnalyzedClaim claim, AnalyzedArticle text) {
        int n = text.sentences.size();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = 0.7 * Vectors.dot(claim.embedding, text.sentenceEmbeddings[i])
                    + 0.3 * claim.tfidf.cosine(text.sentenceTfidf.get(i));
        }
        return r;
    }

    /** Sentence indexes by falling relevance. */
    static List<Integer> ranked(double[] relevance) {
        List<Integer> order = new ArrayList<>(relevance.length);
        for (int i = 0; i < relevance.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -relevance[i]));
        return order;
    }

    public static double[] compute(AnalyzedClaim claim, AnalyzedArticle text) {
        double[] f = new double[NAMES.size()];
        int k = 0;
        int n = text.sentences.size();

        // --- relatedness: overlap of topic words ---
        int shared = 0;
        double idfTotal = 0;
        double idfShared = 0;
        double maxMissing = 0;
        int introShared = 0;
        for (String s : claim.stemSet) {
            double w = claim.idf.idf(s);
            idfTotal += w;
            if (text.stemSet.contains(s)) {
                shared++;
                idfShared += w;
            } else {
                maxMissing = Math.max(maxMissing, w);
            }
            if (text.introStemSet.contains(s)) {
                introShared++;
            }
        }
        int claimSize = Math.max(1, claim.stemSet.size());
        int union = claim.stemSet.size() + text.stemSet.size() - shared;
        f[k++] = union == 0 ? 0 : (double) shared / union;
        f[k++] = (double) shared / claimSize;
        f[k++] = idfTotal == 0 ? 0 : idfShared / idfTotal;
        f[k++] = maxMissing / IDF_SCALE;
        f[k++] = (double) introShared / claimSize;
        f[k++] = charGramHit(claim, text.joinedWords);
        f[k++] = charGramHit(claim, text.introJoinedWords);
        f[k++] = hitRate(claim.stemBigrams, text.stemBigrams);
        f[k++] = hitRate(claim.stemTrigrams, text.stemTrigrams);

        // --- relatedness: TF-IDF and embedding similarity, whole text and best sentences ---
        double[] tfidfSent = new double[n];
        double[] embSent = new double[n];
        for (int i = 0; i < n; i++) {
            tfidfSent[i] = claim.tfidf.cosine(text.sentenceTfidf.get(i));
            embSent[i] = Vectors.dot(claim.embedding, text.sentenceEmbeddings[i]);
        }
        f[k++] = claim.tfidf.cosine(text.tfidf);
        f[k++] = max(tfidfSent);
        f[k++] = topMean(tfidfSent, 3);
        double embMax = max(embSent);
        f[k++] = embMax;
        f[k++] = topMean(embSent, 3);
        f[k++] = text.centroid == null ? 0 : Vectors.dot(claim.embedding, text.centroid);
        f[k++] = n == 0 ? 0 : embSent[0];
        f[k++] = n == 0 ? 0 : embMax - Arrays.stream(embSent).average().orElse(0);

        double[] relevance = relevance(claim, text);
        List<Integer> order = ranked(relevance);
        int best = order.isEmpty() ? -1 : order.get(0);
        f[k++] = best < 0 ? 0 : coverage(claim, text.sentenceWords.get(best));
        f[k++] = Math.log1p(n);
        f[k++] = claim.words.size();

        // --- stance cues in the claim itself ---
        int[] claimCues = AnalyzedArticle.cueCounts(claim.text, claim.words);
        f[k++] = claimCues[AnalyzedArticle.REFUTE];
        f[k++] = claimCues[AnalyzedArticle.NEGATION];
        f[k++] = claimCues[AnalyzedArticle.HEDGE];
        f[k++] = claim.text.contains("?") ? 1 : 0;
        f[k++] = claimCues[AnalyzedArticle.REPORT];
        f[k++] = claimCues[AnalyzedArticle.REFUTE] % 2;

        // --- stance cues over the whole text (rates per 100 words) ---
        int[] total = new int[AnalyzedArticle.CUE_KINDS];
        for (int[] c : text.cues) {
            for (int j = 0; j < c.length; j++) {
                total[j] += c[j];
            }
        }
        double per100 = 100.0 / Math.max(1, text.wordCount);
        f[k++] = total[AnalyzedArticle.REFUTE] % 2;
        f[k++] = total[AnalyzedArticle.REFUTE] * per100;
        f[k++] = total[AnalyzedArticle.NEGATION] * per100;
        f[k++] = total[AnalyzedArticle.HEDGE] * per100;
        f[k++] = total[AnalyzedArticle.REPORT] * per100;
        f[k++] = total[AnalyzedArticle.AFFIRM] * per100;
        f[k++] = total[AnalyzedArticle.DENIAL_PHRASE] * per100;

        // --- stance cues in the three sentences closest to the claim, and in the closest one ---
        int[] top3 = new int[AnalyzedArticle.CUE_KINDS];
        for (int r = 0; r < Math.min(3, order.size()); r++) {
            int[] c = text.cues[order.get(r)];
            for (int j = 0; j < c.length; j++) {
                top3[j] += c[j];
            }
        }
        f[k++] = top3[AnalyzedArticle.REFUTE];
        f[k++] = top3[AnalyzedArticle.NEGATION];
        f[k++] = top3[AnalyzedArticle.HEDGE];
        f[k++] = top3[AnalyzedArticle.REPORT];
        f[k++] = top3[AnalyzedArticle.AFFIRM];
        f[k++] = top3[AnalyzedArticle.DENIAL_PHRASE];
        int[] bestCues = best < 0 ? new int[AnalyzedArticle.CUE_KINDS] : text.cues[best];
        f[k++] = bestCues[AnalyzedArticle.REFUTE];
        f[k++] = bestCues[AnalyzedArticle.NEGATION];
        f[k++] = bestCues[AnalyzedArticle.HEDGE];
        f[k++] = bestCues[AnalyzedArticle.AFFIRM];
        f[k++] = bestCues[AnalyzedArticle.DENIAL_PHRASE];

        // --- cues weighted by closeness (cubed, so near sentences dominate) ---
        double[] weighted = new double[AnalyzedArticle.CUE_KINDS];
        double[] maxSimWith = new double[AnalyzedArticle.CUE_KINDS];
        Arrays.fill(maxSimWith, -1);
        double maxSimPlain = -1;
        for (int i = 0; i < n; i++) {
            double w = Math.pow(Math.max(0, embSent[i]), 3);
            int[] c = text.cues[i];
            for (int j = 0; j < c.length; j++) {
                weighted[j] += w * c[j];
                if (c[j] > 0) {
                    maxSimWith[j] = Math.max(maxSimWith[j], embSent[i]);
                }
            }
            if (c[AnalyzedArticle.REFUTE] == 0 && c[AnalyzedArticle.NEGATION] == 0 && c[AnalyzedArticle.HEDGE] == 0) {
                maxSimPlain = Math.max(maxSimPlain, embSent[i]);
            }
        }
        f[k++] = weighted[AnalyzedArticle.REFUTE];
        f[k++] = weighted[AnalyzedArticle.NEGATION];
        f[k++] = weighted[AnalyzedArticle.HEDGE];
        f[k++] = weighted[AnalyzedArticle.AFFIRM];
        f[k++] = maxSimWith[AnalyzedArticle.REFUTE];
        f[k++] = maxSimWith[AnalyzedArticle.NEGATION];
        f[k++] = maxSimWith[AnalyzedArticle.HEDGE];
        f[k++] = maxSimWith[AnalyzedArticle.AFFIRM];
        f[k++] = maxSimPlain;
        f[k++] = maxSimWith[AnalyzedArticle.REFUTE] < 0 ? -1 : maxSimWith[AnalyzedArticle.REFUTE] - embMax;

        // --- the lead: news puts its verdict up front ---
        int introRefute = 0;
        int introHedge = 0;
        for (int i = 0; i < Math.min(3, n); i++) {
            introRefute += text.cues[i][AnalyzedArticle.REFUTE];
            introHedge += text.cues[i][AnalyzedArticle.HEDGE];
        }
        f[k++] = introRefute;
        f[k++] = introHedge;
        f[k++] = (double) total[AnalyzedArticle.QUOTE] / Math.max(1, n);
        f[k++] = bestCues[AnalyzedArticle.NEGATION] - claimCues[AnalyzedArticle.NEGATION];
        f[k++] = total[AnalyzedArticle.REFUTE];
        f[k++] = bestCues[AnalyzedArticle.QUOTE];
        f[k++] = numberCoverage(claim, text);
        f[k++] = weighted[AnalyzedArticle.DENIAL_PHRASE];
        f[k++] = weighted[AnalyzedArticle.REPORT];
        if (k != f.length) {
            throw new IllegalStateException("feature count mismatch: " + k + " vs " + f.length);
        }
        return f;
    }

    /** Scale for idf-valued features, so they stay near [0, 1] whatever the corpus size. */
    private static final double IDF_SCALE = 10.0;

    private static double charGramHit(AnalyzedClaim claim, String joined) {
        if (claim.charGrams.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : claim.charGrams) {
            if (joined.contains(g)) {
                hit++;
            }
        }
        return (double) hit / claim.charGrams.size();
    }

    private static double hitRate(java.util.Set<String> claimGrams, java.util.Set<String> textGrams) {
        if (claimGrams.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : claimGrams) {
            if (textGrams.contains(g)) {
                hit++;
            }
        }
        return (double) hit / claimGrams.size();
    }

    private static double coverage(AnalyzedClaim claim, List<String> sentenceWords) {
        if (claim.stemSet.isEmpty()) {
            return 0;
        }
        java.util.Set<String> stems = new java.util.HashSet<>(TextAnalysis.contentStems(sentenceWords));
        int hit = 0;
        for (String s : claim.stemSet) {
            if (stems.contains(s)) {
                hit++;
            }
        }
        return (double) hit / claim.stemSet.size();
    }

    /** Share of the claim's numbers found in the text (-1 if the claim has none): "50" vs "25" matters. */
    private static double numberCoverage(AnalyzedClaim claim, AnalyzedArticle text) {
        int numbers = 0;
        int found = 0;
        for (String w : claim.words) {
            if (Character.isDigit(w.charAt(0))) {
                numbers++;
                if (text.joinedWords.contains(" " + w + " ")) {
                    found++;
                }
            }
        }
        return numbers == 0 ? -1 : (double) found / numbers;
    }

    private static double max(double[] v) {
        double m = v.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double topMean(double[] v, int k) {
        if (v.length == 0) {
            return 0;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        int m = Math.min(k, sorted.length);
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += sorted[sorted.length - 1 - i];
        }
        return s / m;
    }
}
