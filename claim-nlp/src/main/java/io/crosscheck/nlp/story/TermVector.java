package io.crosscheck.nlp.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse vector of weighted terms (stems): an article's TF-IDF vector cut to its heaviest terms, or a story's sum
 * of its articles' vectors cut likewise. Two articles of one event share their rare words (names, places, the
 * thing that happened) far more than articles of different events do, even when both name "Islamic State": on the
 * FNC-1 rumours this separates stories better than MiniLM centroids or entity keys (nlp-tools TrainStoryModel).
 * Immutable; stored as two parallel arrays.
 *
 * @param terms   distinct terms, heaviest first
 * @param weights their weights, same order
 */
public record TermVector(String[] terms, float[] weights) {

    /** Terms an article keeps: its heaviest hundred carry the event (measured: cutting to 100 changes no story F1). */
    public static final int ARTICLE_TERMS = 100;
    /** Terms a story keeps: the sum of its articles' vectors, cut to its heaviest thousand (big stories stay small rows). */
    public static final int STORY_TERMS = 1000;

    public static final TermVector EMPTY = new TermVector(new String[0], new float[0]);

    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " terms, " + weights.length + " weights");
        }
    }

    /** The heaviest {@code max} of the given weights (ties by term, so the cut does not depend on map order). */
    public static TermVector of(Map<String, Double> weights, int max) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
        entries.removeIf(e -> !(e.getValue() > 0));
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int n = Math.min(max, entries.size());
        String[] terms = new String[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            terms[i] = entries.get(i).getKey();
            values[i] = entries.get(i).getValue().floatValue();
        }
        return new TermVector(terms, values);
    }

    /** Null-safe view of two stored arrays (a row filed before terms were kept has none). */
    public static TermVector stored(String[] terms, float[] weights) {
        return terms == null || weights == null || terms.length != weights.length ? EMPTY : new TermVector(terms, weights);
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    public Map<String, Double> asMap() {
        Map<String, Double> map = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], (double) weights[i]);
        }
        return map;
    }

    public double norm() {
        double sum = 0;
        for (float w : weights) {
            sum += (double) w * w;
        }
        return Math.sqrt(sum);
    }

    /**
     * Cosine of the article's vector with this (a story's sum): the article's vector is taken as it is, since it was
     * normalised before it was cut (a cut article reads a little further from every story, its whole self from none).
     */
    public double cosineWithArticle(TermVector article) {
        // The article's hundred terms in a map, the story's thousand walked through: no large map per comparison.
        return article.isEmpty() ? 0 : cosineWithArticle(article.asMap());
    }

    /** {@link #cosineWithArticle(TermVector)} with the article's {@link #asMap()} made once for many comparisons. */
    public double cosineWithArticle(Map<String, Double> theirs) {
        double norm = norm();
        if (norm == 0 || theirs.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            Double w = theirs.get(terms[i]);
            if (w != null) {
                dot += w * weights[i];
            }
        }
        return dot / norm;
    }

    /** This sum with {@code other} added ({@code sign} 1) or taken away (-1), cut to {@code max} terms. */
    public TermVector plus(TermVector other, int sign, int max) {
        Map<String, Double> sum = asMap();
        for (int i = 0; i < other.terms.length; i++) {
            sum.merge(other.terms[i], (double) sign * other.weights[i], Double::sum);
        }
        // Taking away an article whose terms were cut from the sum leaves small negatives: they are gone.
        return of(sum, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector other && Arrays.equals(terms, other.terms) && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector" + asMap();
    }
}
