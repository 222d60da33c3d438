package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.stance.IdfTable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the same-fact model sees of a pair: closeness of meaning (MiniLM), word and phrase overlap (the measures that
 * decide paraphrase in MRPC-style news pairs), and which checkable details disagree. Every feature is symmetric, so
 * the order of the two claims does not matter.
 */
public final class PairFeatures {
    static final String FIGURES_DIFFER = "figures_differ";
    static final String TIMES_DIFFER = "times_differ";
    static final String PLACES_DIFFER = "places_differ";
    static final String POLARITY_DIFFERS = "polarity_differs";
    public static final List<String> NAMES = List.of("cosine", "word_jaccard", "stem_jaccard", "stem_cover_min",
            "stem_cover_max", "idf_overlap", "idf_unshared_max", "bigram_jaccard", "trigram_jaccard", "lcs_ratio",
            "length_min", "length_ratio", "proper_jaccard", "entity_jaccard", "tfidf_cosine", "unmatched_min", "unmatched_max",
            "unmatched_idf_min", "unmatched_idf_max", "char_trigram_jaccard", "figures_both", "figures_one_side",
            FIGURES_DIFFER, "times_one_side", TIMES_DIFFER, PLACES_DIFFER, POLARITY_DIFFERS);
    /** The features that say a detail disagrees: set to 0, the pair reads as if its details agreed. */
    static final int[] DIFFERENCE_FEATURES = {NAMES.indexOf(FIGURES_DIFFER), NAMES.indexOf(TIMES_DIFFER),
            NAMES.indexOf(PLACES_DIFFER), NAMES.indexOf(POLARITY_DIFFERS)};

    private PairFeatures() {
    }

    public static double[] of(ComparedText a, ComparedText b, IdfTable idf) {
        return of(a, b, idf, FactDifferences.between(a.facts(), b.facts()));
    }

    static double[] of(ComparedText a, ComparedText b, IdfTable idf, FactDifferences differences) {
        Set<String> stemsA = new HashSet<>(a.contentStems());
        Set<String> stemsB = new HashSet<>(b.contentStems());
        Set<String> shared = new HashSet<>(stemsA);
        shared.retainAll(stemsB);
        Set<String> union = new HashSet<>(stemsA);
        union.addAll(stemsB);
        double[] unmatchedIdf = {unmatchedIdf(stemsA, stemsB, idf), unmatchedIdf(stemsB, stemsA, idf)};
        int[] unmatched = {stemsA.size() - shared.size(), stemsB.size() - shared.size()};
        double sharedIdf = 0;
        double unionIdf = 0;
        double unsharedMax = 0;
        for (String stem : union) {
            double w = idf.idf(stem);
            unionIdf += w;
            if (shared.contains(stem)) {
                sharedIdf += w;
            } else {
                unsharedMax = Math.max(unsharedMax, w);
            }
        }
        int lengthA = a.words().size();
        int lengthB = b.words().size();
        boolean figuresA = !a.facts().figures().isEmpty();
        boolean figuresB = !b.facts().figures().isEmpty();
        boolean timesA = !a.facts().times().isEmpty();
        boolean timesB = !b.facts().times().isEmpty();
        double[] x = {
                Vectors.cosine(a.embedding(), b.embedding()),
                jaccard(new HashSet<>(a.words()), new HashSet<>(b.words())),
                jaccard(stemsA, stemsB),
                cover(shared.size(), Math.min(stemsA.size(), stemsB.size())),
                cover(shared.size(), Math.max(stemsA.size(), stemsB.size())),
                unionIdf == 0 ? 0 : sharedIdf / unionIdf,
                unsharedMax,
                jaccard(ngrams(a.words(), 2), ngrams(b.words(), 2)),
                jaccard(ngrams(a.words(), 3), ngrams(b.words(), 3)),
                cover(longestCommonRun(a.words(), b.words()), Math.min(lengthA, lengthB)),
                Math.min(lengthA, lengthB),
                cover(Math.min(lengthA, lengthB), Math.max(lengthA, lengthB)),
                jaccard(properNouns(a), properNouns(b)),
                jaccard(FactDifferences.names(a.facts()), FactDifferences.names(b.facts())),
                tfidfCosine(a.contentStems(), b.contentStems(), idf),
                Math.min(unmatched[0], unmatched[1]),
                Math.max(unmatched[0], unmatched[1]),
                Math.min(unmatchedIdf[0], unmatchedIdf[1]),
                Math.max(unmatchedIdf[0], unmatchedIdf[1]),
                jaccard(charTrigrams(a.text()), charTrigrams(b.text())),
                figuresA && figuresB ? 1 : 0,
                figuresA != figuresB ? 1 : 0,
                differences.figures() ? 1 : 0,
                timesA != timesB ? 1 : 0,
                differences.times() ? 1 : 0,
                differences.places() ? 1 : 0,
                differences.polarity() ? 1 : 0,
        };
        assert x.length == NAMES.size();
        return x;
    }

    /** The idf mass of what one side says and the other does not: a paraphrase leaves little out. */
    private static double unmatchedIdf(Set<String> stems, Set<String> others, IdfTable idf) {
        double sum = 0;
        for (String stem : stems) {
            if (!others.contains(stem)) {
                sum += idf.idf(stem);
            }
        }
        return sum;
    }

    private static double tfidfCosine(List<String> a, List<String> b, IdfTable idf) {
        Map<String, Double> va = tfidf(a, idf);
        Map<String, Double> vb = tfidf(b, idf);
        double dot = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm(va) * norm(vb);
        return norms == 0 ? 0 : dot / norms;
    }

    private static Map<String, Double> tfidf(List<String> stems, IdfTable idf) {
        Map<String, Double> out = new HashMap<>();
        for (String stem : stems) {
            out.merge(stem, idf.idf(stem), Double::sum);
        }
        return out;
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** Letter trigrams see "Al-Fallujah" in "Falluja" and "3rd" nowhere near "Third": spelling variants of one name. */
    private static Set<String> charTrigrams(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(s.substring(i, i + 3));
        }
        return out;
    }

    private static double cover(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (T t : a) {
            if (b.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Set<String> ngrams(List<String> words, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    /** The longest run of words both texts share, in words. */
    private static int longestCommonRun(List<String> a, List<String> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }

    private static Set<String> properNouns(ComparedText text) {
        Set<String> out = new HashSet<>();
        List<String> words = text.facts().words();
        List<String> tags = text.facts().tags();
        for (int i = 0; i < words.size(); i++) {
            if ("PROPN".equals(tags.get(i))) {
                out.add(words.get(i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
