package io.crosscheck.nlp.origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles of one story share an origin. Wire copy that several outlets republish is one report, not several
 * that corroborate each other: articles whose texts are near-identical ({@link #nearIdentical}) share an origin,
 * and so do articles crediting the same agency ({@link WireCredit}); sharing is transitive (a copy of a copy is a
 * copy).
 *
 * <p>An origin is labelled {@value #AGENCY_PREFIX}{@code ID} when one of its articles credits an agency (the
 * earliest credited one's, should copies credit two), else with the id of its earliest article: a label is shared by
 * exactly the articles of one origin, and an article with no copy is its own origin.
 *
 * <p>Candidate pairs come from locality-sensitive hashing of the signatures (bands of {@value #ROWS_PER_BAND}
 * numbers: two texts with one band in common are compared in full), so a story of thousands of articles is grouped
 * in about linear time, not by comparing every pair. A pair at the threshold shares one of the 64 bands with
 * probability 1 - 10^-8.
 */
public final class Origins {

    /**
     * Estimated Jaccard similarity of word 4-shingles from which two texts are copies of one text (they then share
     * two thirds of their shingles or more; Broder's near-duplicate clustering of the web used the same 50%
     * resemblance). Measured on {@code OriginsTest}'s texts, a 220-word wire report and its copies: a new dateline and
     * closing paragraph 0.77, the credit dropped and a third cut 0.63; two outlets' own reports of the event,
     * sharing its names, figures and a quote, 0.09 at most. 0.8 would miss the light edits of a short report.
     */
    public static final double NEAR_IDENTICAL = 0.5;
    public static final String AGENCY_PREFIX = "agency:";

    private static final int ROWS_PER_BAND = 2;

    /**
     * What an article brings to the grouping.
     *
     * @param id        its id, the label of its origin when it is the origin's earliest article
     * @param signature its text's {@link TextSignature}, or null (no text, or analysed before signatures existed)
     * @param agency    the agency it credits ({@link WireCredit}), or null
     */
    public record Trace(String id, int[] signature, String agency) {
    }

    private Origins() {
    }

    /** Whether two texts' signatures make them copies of one text. */
    public static boolean nearIdentical(int[] a, int[] b) {
        return TextSignature.similarity(a, b) >= NEAR_IDENTICAL;
    }

    /**
     * @param oldestFirst a story's articles, oldest first (the order decides which id labels an origin)
     * @return each article's origin label, in the same order
     */
    public static List<String> of(List<Trace> oldestFirst) {
        int[] parent = new int[oldestFirst.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstCrediting = new HashMap<>();
        List<Map<Long, List<Integer>>> bands = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            Trace trace = oldestFirst.get(i);
            if (trace.agency() != null) {
                Integer first = firstCrediting.putIfAbsent(trace.agency(), i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
            int[] signature = trace.signature();
            if (signature == null || signature.length != TextSignature.SIZE) {
                continue;
            }
            for (int band = 0; band * ROWS_PER_BAND < signature.length; band++) {
                if (bands.size() == band) {
                    bands.add(new HashMap<>());
                }
                List<Integer> sharing = bands.get(band).computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>());
                for (int j : sharing) {
                    if (find(parent, i) != find(parent, j) && nearIdentical(signature, oldestFirst.get(j).signature())) {
                        union(parent, j, i);
                    }
                }
                sharing.add(i);
            }
        }
        return labels(oldestFirst, parent);
    }

    private static List<String> labels(List<Trace> oldestFirst, int[] parent) {
        Map<Integer, String> byRoot = new HashMap<>();
        // Agencies first: an origin with a credited article is the agency's, whichever of its articles came first.
        for (int i = 0; i < oldestFirst.size(); i++) {
            String agency = oldestFirst.get(i).agency();
            if (agency != null) {
                byRoot.putIfAbsent(find(parent, i), AGENCY_PREFIX + agency);
            }
        }
        for (int i = 0; i < oldestFirst.size(); i++) {
            byRoot.putIfAbsent(find(parent, i), oldestFirst.get(i).id());
        }
        List<String> labels = new ArrayList<>(oldestFirst.size());
        for (int i = 0; i < oldestFirst.size(); i++) {
            labels.add(byRoot.get(find(parent, i)));
        }
        return labels;
    }

    private static long bandKey(int[] signature, int band) {
        long key = band;
        for (int row = band * ROWS_PER_BAND; row < Math.min(signature.length, (band + 1) * ROWS_PER_BAND); row++) {
            key = key * 0x100000001b3L + signature[row];
        }
        return key;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the two sets under the older article's root, so that a root is always its set's earliest article. */
    private static void union(int[] parent, int older, int newer) {
        int a = find(parent, older);
        int b = find(parent, newer);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
