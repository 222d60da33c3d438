package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The feature vector of a (claim, headline) pair for the {@link TitleStanceModel}. A headline is one short sentence:
 * the body features ({@link StanceFeatures}) count cues per 100 words and across sentences, which says little here,
 * so this reads the one sentence closely, after Ferreira and Vlachos (NAACL 2016):
 * <ul>
 * <li>the body model's own four probabilities (it is trained on FNC-1 and never saw a headline as a text, but it
 * knows relatedness and hoax vocabulary);</li>
 * <li>how much of the claim the headline repeats: MiniLM and TF-IDF cosine, stem overlap both ways, idf-weighted,
 * the rarest claim word missing, numbers;</li>
 * <li>stance cues of {@link Lexicon} in the headline and in the claim (refuting, falsity, denial verbs, negation,
 * hedging, modal hedges, reporting, affirming, denial phrases, quotes, question mark), where the first one of each
 * kind stands (a "Hoax:" lead is not a "... hoax?" tail), and whether a negation falls on the claim's own words;</li>
 * <li>attribution as headlines write it: a colon frame ("Report: ...", "...: sources"), anonymous sources, relaying
 * verbs ("claims", "alleged") — Emergent's "observing" headlines relay, its "for" headlines state;</li>
 * <li>the mismatches between the two: a negation or refutation in one and not the other;</li>
 * <li>whether {@link ExplicitDenial} or {@link ExplicitAffirmation} would fire on the headline.</li>
 * </ul>
 * The order of {@link #NAMES} is the model's input order: changing it needs retraining.
 */
public final class TitleStanceFeatures {
    private TitleStanceFeatures() {
    }

    public static final List<String> NAMES = List.of(
            "bodySupports", "bodyDenies", "bodyDiscusses", "bodyUnrelated",
            "embCos", "tfidfCos", "jaccard", "claimCoverage", "headlineCoverage", "idfCoverage", "maxMissingIdf",
            "maxNovelIdf", "numberCoverage", "claimWords", "headlineWords",
            "refute", "falsity", "denialVerb", "negation", "hedge", "modalHedge", "report", "affirm", "denialPhrase",
            "falsityPhrase", "quotes", "question", "endsWithQuestion", "colon", "colonLead", "colonTail", "anonymousSource",
            "relayingVerb",
            "refuteAt", "falsityAt", "denialVerbAt", "negationAt", "hedgeAt", "reportAt", "affirmAt",
            "refuteInLead", "hedgeInLead", "negatesClaimWord",
            "claimRefute", "claimNegation", "claimHedge", "claimAttribution", "claimQuestion",
            "negationMismatch", "refuteMismatch", "hedgeMismatch",
            "explicitDenial", "explicitAffirmation");

    /** Words from the start of a headline that count as its lead ("Hoax: ...", "Fake ...", "Report: ..."). */
    static final int LEAD_WORDS = 3;
    /** Scale for idf-valued features, as in {@link StanceFeatures}. */
    private static final double IDF_SCALE = 10.0;

    /**
     * @param claim           the claim
     * @param headline        the headline analysed as an article whose title is the headline (sentence 0)
     * @param bodyProbability the body model's probabilities for the same pair, in {@link Stance} order
     */
    public static double[] compute(AnalyzedClaim claim, AnalyzedArticle headline, double[] bodyProbability) {
        double[] f = new double[NAMES.size()];
        int k = 0;
        for (int c = 0; c < Stance.values().length; c++) {
            f[k++] = bodyProbability[c];
        }
        String text = headline.sentences.get(0).text();
        List<String> words = headline.sentenceWords.get(0);
        Set<String> stems = new HashSet<>(TextAnalysis.contentStems(words));

        // --- how much of the claim the headline repeats ---
        f[k++] = Vectors.dot(claim.embedding, headline.sentenceEmbeddings[0]);
        f[k++] = claim.tfidf.cosine(headline.sentenceTfidf.get(0));
        int shared = 0;
        double idfTotal = 0;
        double idfShared = 0;
        double maxMissing = 0;
        for (String s : claim.stemSet) {
            double w = claim.idf.idf(s);
            idfTotal += w;
            if (stems.contains(s)) {
                shared++;
                idfShared += w;
            } else {
                maxMissing = Math.max(maxMissing, w);
            }
        }
        double maxNovel = 0;
        for (String s : stems) {
            if (!claim.stemSet.contains(s)) {
                maxNovel = Math.max(maxNovel, claim.idf.idf(s));
            }
        }
        int union = claim.stemSet.size() + stems.size() - shared;
        f[k++] = union == 0 ? 0 : (double) shared / union;
        f[k++] = (double) shared / Math.max(1, claim.stemSet.size());
        f[k++] = (double) shared / Math.max(1, stems.size());
        f[k++] = idfTotal == 0 ? 0 : idfShared / idfTotal;
        f[k++] = maxMissing / IDF_SCALE;
        f[k++] = maxNovel / IDF_SCALE;
        f[k++] = numberCoverage(claim.words, words);
        f[k++] = claim.words.size();
        f[k++] = words.size();

        // --- cues in the headline, and where the first of each kind stands ---
        int[] cues = headline.cues[0];
        f[k++] = cues[AnalyzedArticle.REFUTE];
        f[k++] = Lexicon.count(words, Lexicon.FALSITY_WORDS);
        f[k++] = Lexicon.count(words, Lexicon.DENIAL_VERBS);
        f[k++] = cues[AnalyzedArticle.NEGATION];
        f[k++] = cues[AnalyzedArticle.HEDGE];
        f[k++] = Lexicon.count(words, Lexicon.MODAL_HEDGES);
        f[k++] = cues[AnalyzedArticle.REPORT];
        f[k++] = cues[AnalyzedArticle.AFFIRM];
        f[k++] = cues[AnalyzedArticle.DENIAL_PHRASE];
        f[k++] = Lexicon.countPhrases(words, Lexicon.FALSITY_PHRASES);
        f[k++] = cues[AnalyzedArticle.QUOTE];
        f[k++] = text.contains("?") ? 1 : 0;
        f[k++] = text.strip().endsWith("?") ? 1 : 0;
        f[k++] = text.contains(":") ? 1 : 0;
        f[k++] = colonFrame(text, true);
        f[k++] = colonFrame(text, false);
        f[k++] = Lexicon.count(words, Lexicon.ANONYMOUS_HEADS);
        f[k++] = Lexicon.count(words, Lexicon.RELAYING_VERBS);
        f[k++] = firstAt(words, Lexicon.REFUTING);
        f[k++] = firstAt(words, Lexicon.FALSITY_WORDS);
        f[k++] = firstAt(words, Lexicon.DENIAL_VERBS);
        f[k++] = firstAt(words, Lexicon.NEGATION_WORDS);
        f[k++] = firstAt(words, Lexicon.HEDGING_WORDS);
        f[k++] = firstAt(words, Lexicon.REPORTING_WORDS);
        f[k++] = firstAt(words, Lexicon.AFFIRMING_WORDS);
        List<String> lead = words.subList(0, Math.min(LEAD_WORDS, words.size()));
        f[k++] = Lexicon.count(lead, Lexicon.REFUTING);
        f[k++] = Lexicon.count(lead, Lexicon.HEDGING_WORDS);
        f[k++] = negatesClaimWord(claim, words) ? 1 : 0;

        // --- cues in the claim, and what differs ---
        int[] claimCues = AnalyzedArticle.cueCounts(claim.text, claim.words);
        f[k++] = claimCues[AnalyzedArticle.REFUTE];
        f[k++] = claimCues[AnalyzedArticle.NEGATION];
        f[k++] = claimCues[AnalyzedArticle.HEDGE];
        f[k++] = Lexicon.count(claim.words, Lexicon.CLAIM_ATTRIBUTION);
        f[k++] = claim.text.contains("?") ? 1 : 0;
        f[k++] = cues[AnalyzedArticle.NEGATION] - claimCues[AnalyzedArticle.NEGATION];
        f[k++] = cues[AnalyzedArticle.REFUTE] - claimCues[AnalyzedArticle.REFUTE];
        f[k++] = cues[AnalyzedArticle.HEDGE] - claimCues[AnalyzedArticle.HEDGE];

        // --- the body engine's explicit rules, as evidence rather than as verdicts ---
        double[] relevance = StanceFeatures.relevance(claim, headline);
        f[k++] = ExplicitDenial.find(claim, headline, relevance) >= 0 ? 1 : 0;
        f[k++] = ExplicitAffirmation.find(claim, headline, relevance) >= 0 ? 1 : 0;
        if (k != f.length) {
            throw new IllegalStateException("feature count mismatch: " + k + " vs " + f.length);
        }
        return f;
    }

    /**
     * Headlines attribute by a colon: "Report: ...", "Officials: ..." (a lead) or "...: sources" (a tail). The number
     * of words on the short side of the first (lead) or last (tail) colon when it has at most {@value #FRAME_WORDS},
     * else 0.
     */
    static double colonFrame(String text, boolean lead) {
        int colon = lead ? text.indexOf(':') : text.lastIndexOf(':');
        if (colon < 0) {
            return 0;
        }
        int side = TextAnalysis.words(lead ? text.substring(0, colon) : text.substring(colon + 1)).size();
        return side > 0 && side <= FRAME_WORDS ? side : 0;
    }

    /** At most this many words before or after a colon make it an attribution frame rather than a title break. */
    static final int FRAME_WORDS = 4;

    /** Relative position (0 = first word, 1 = last) of the first word of the list, or -1 if none. */
    static double firstAt(List<String> words, Set<String> list) {
        for (int i = 0; i < words.size(); i++) {
            if (list.contains(words.get(i))) {
                return words.size() == 1 ? 0 : (double) i / (words.size() - 1);
            }
        }
        return -1;
    }

    /** A negation followed within three words by one of the claim's content words: "did not find water on Mars". */
    private static boolean negatesClaimWord(AnalyzedClaim claim, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!Lexicon.NEGATION_WORDS.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(words.size() - 1, i + 3); j++) {
                String w = words.get(j);
                if (!Lexicon.STOP_WORDS.contains(w) && claim.stemSet.contains(TextAnalysis.stem(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Share of the claim's numbers the headline repeats (-1 if the claim has none). */
    private static double numberCoverage(List<String> claimWords, List<String> words) {
        int numbers = 0;
        int found = 0;
        Set<String> present = new HashSet<>(words);
        for (String w : claimWords) {
            if (Character.isDigit(w.charAt(0))) {
                numbers++;
                if (present.contains(w)) {
                    found++;
                }
            }
        }
        return numbers == 0 ? -1 : (double) found / numbers;
    }
}
