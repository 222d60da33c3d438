package io.crosscheck.nlp.story;

import io.crosscheck.nlp.embed.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds a story that turned out to be two: articles filed one at a time can chain two events into one story (each
 * joined the story as it then was), and no later article shows it, since the story model only ever compares an
 * article with whole stories.
 *
 * <p>The story's articles are clustered by average linkage, the similarity of two articles the story model's
 * probability of one being about the other, joined while it reaches {@code linkProbability} (the model's joining
 * threshold: the filing rule read within one story). When the second largest cluster holds {@code minPart} articles or
 * more, it is the part to split off and every other article the part that stays. The cut is a split when each part,
 * read as one article (its term and centroid sums, normalised), is less probably about the other than
 * {@code maxCrossProbability}: the parts would not readily join each other if they came in now.
 * Chosen on FNC-1's rumours by nlp-tools {@code EvaluateStorySplits}: with the story model's nearest article, parts of 3
 * articles at a cross probability of 0.6 raise the held-in rumours' pairwise F1 in every fold (fold 0: precision 0.882
 * to 0.893 at the same recall); parts of 2 cut off pairs of one rumour that read alike (fold 1: recall 0.914 to 0.834).
 *
 * @param model               the learnt story model (weights over term cosines, with the sum and the nearest article,
 *                            and the centroid cosine)
 * @param linkProbability     the mean pairwise probability from which articles cluster
 * @param maxCrossProbability the probability of each part being about the other below which the story splits
 * @param minPart             the fewest articles a part must hold (a lone odd article is not a second event)
 */
public record StorySplitter(StoryModel model, double linkProbability, double maxCrossProbability, int minPart) {

    /** A story's article as the splitter sees it; {@code centroid} may be null (filed before centroids were kept). */
    public record Member<T>(T id, TermVector terms, float[] centroid) {
    }

    /**
     * A cut of the story in two.
     *
     * @param kept              the larger part (it keeps the story's id)
     * @param splitOff          the other part
     * @param crossProbability  the larger of the two parts' probabilities of being about the other
     */
    public record Split<T>(List<T> kept, List<T> splitOff, double crossProbability) {
    }

    public StorySplitter {
        if (minPart < 1) {
            throw new IllegalArgumentException("a part needs at least one article, not " + minPart);
        }
    }

    /** The split of the story's articles, or empty when they are one event as far as the model can tell. */
    public <T> Optional<Split<T>> split(List<Member<T>> members) {
        return cut(members).filter(split -> split.crossProbability() < maxCrossProbability);
    }

    /** The best cut in two with its cross probability, whether or not it is a split (the evaluation shows both). */
    public <T> Optional<Split<T>> cut(List<Member<T>> members) {
        if (members.size() < 2 * minPart) {
            return Optional.empty();
        }
        List<List<Integer>> clusters = averageLinkage(members);
        if (clusters.size() < 2 || clusters.get(1).size() < minPart) {
            return Optional.empty();
        }
        boolean[] second = new boolean[members.size()];
        clusters.get(1).forEach(i -> second[i] = true);
        List<Member<T>> kept = new ArrayList<>();
        List<Member<T>> splitOff = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            (second[i] ? splitOff : kept).add(members.get(i));
        }
        return Optional.of(new Split<>(kept.stream().map(Member::id).toList(), splitOff.stream().map(Member::id).toList(),
                crossProbability(kept, splitOff)));
    }

    /**
     * The larger of the probabilities of each group of articles, read as one article coming in, being about the other
     * as the story it would join. Below {@code maxCrossProbability} two parts of a story are split; two stories one
     * article could both join are one event from a higher figure (the claim-service's merge rule), so that a merge is
     * never undone by the next split check.
     */
    public <T> double crossProbability(List<Member<T>> a, List<Member<T>> b) {
        Part first = Part.of(a);
        Part other = Part.of(b);
        return Math.max(model.probability(first.asArticleAgainst(other)), model.probability(other.asArticleAgainst(first)));
    }

    /**
     * Average-linkage clustering of the articles, each pair's similarity the story model's probability of one being
     * about the other, cut where clusters' mean pairwise probability falls below {@code linkProbability}. The
     * nearest-neighbour chain builds the whole dendrogram in n² steps (a big story is checked at every filing);
     * average linkage never merges at a higher similarity than it merged the parts at, so the merges at
     * {@code linkProbability} or above are exactly the clusters a merge-the-closest-until-the-threshold loop makes.
     *
     * @return the clusters as member indices, largest first (ties: the one with the earliest member)
     */
    <T> List<List<Integer>> averageLinkage(List<Member<T>> members) {
        int n = members.size();
        double[][] similarity = pairwise(members);
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        Arrays.fill(size, 1);
        Arrays.fill(active, true);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] chain = new int[n];
        int top = 0;
        for (int remaining = n; remaining > 1; ) {
            if (top == 0) {
                int first = 0;
                while (!active[first]) {
                    first++;
                }
                chain[top++] = first;
            }
            int a = chain[top - 1];
            int previous = top >= 2 ? chain[top - 2] : -1;
            // The most similar active cluster; a tie goes to the previous link, so that the chain ends.
            int b = previous;
            double best = previous >= 0 ? similarity[a][previous] : Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a && similarity[a][c] > best) {
                    best = similarity[a][c];
                    b = c;
                }
            }
            if (b != previous) {
                chain[top++] = b;
                continue;
            }
            // a and b are each other's closest: merge b into a (the average-linkage update of a's similarities).
            top -= 2;
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a && c != b) {
                    double merged = (size[a] * similarity[a][c] + size[b] * similarity[b][c]) / (size[a] + size[b]);
                    similarity[a][c] = merged;
                    similarity[c][a] = merged;
                }
            }
            size[a] += size[b];
            active[b] = false;
            remaining--;
            if (best >= linkProbability) {
                parent[find(parent, b)] = find(parent, a);
            }
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> clusters = new ArrayList<>(byRoot.values());
        clusters.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparingInt(cluster -> cluster.get(0)));
        return clusters;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The story model's probability of each article being about each other one: the mean of both readings. */
    <T> double[][] pairwise(List<Member<T>> members) {
        int n = members.size();
        // Each article's terms as ascending ids of one vocabulary, once: a pair's dot product is then a merge of two
        // short arrays (the pairs are n squared over two, and a big story is checked at every filing).
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] ids = new int[n][];
        float[][] weights = new float[n][];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            TermVector terms = members.get(i).terms();
            int length = terms.terms().length;
            long[] idAndPlace = new long[length];
            for (int k = 0; k < length; k++) {
                int id = vocabulary.computeIfAbsent(terms.terms()[k], t -> vocabulary.size());
                idAndPlace[k] = ((long) id << 32) | k;
            }
            Arrays.sort(idAndPlace);
            ids[i] = new int[length];
            weights[i] = new float[length];
            for (int k = 0; k < length; k++) {
                ids[i][k] = (int) (idAndPlace[k] >>> 32);
                weights[i][k] = terms.weights()[(int) idAndPlace[k]];
            }
            norms[i] = terms.norm();
        }
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = dot(ids[i], weights[i], ids[j], weights[j]);
                double centroid = Vectors.cosine(members.get(i).centroid(), members.get(j).centroid());
                // Each read as the article and the other as the story, as the model was learnt; the mean of both.
                // A one-article story's nearest article is that article: its term cosine is also the nearest one.
                double iToJ = norms[j] == 0 ? 0 : dot / norms[j];
                double jToI = norms[i] == 0 ? 0 : dot / norms[i];
                double p = 0.5 * (model.probability(new StoryEvidence(iToJ, centroid, 0, iToJ))
                        + model.probability(new StoryEvidence(jToI, centroid, 0, jToI)));
                similarity[i][j] = p;
                similarity[j][i] = p;
            }
        }
        return similarity;
    }

    private static double dot(int[] idsA, float[] weightsA, int[] idsB, float[] weightsB) {
        double dot = 0;
        for (int a = 0, b = 0; a < idsA.length && b < idsB.length; ) {
            if (idsA[a] == idsB[b]) {
                dot += (double) weightsA[a++] * weightsB[b++];
            } else if (idsA[a] < idsB[b]) {
                a++;
            } else {
                b++;
            }
        }
        return dot;
    }

    /** One side of a cut: its articles' term and centroid sums, as a story keeps them, and its articles' terms. */
    private record Part(TermVector terms, float[] centroidSum, List<TermVector> articles) {

        static <T> Part of(List<Member<T>> members) {
            Map<String, Double> terms = new HashMap<>();
            float[] sum = null;
            List<TermVector> articles = new ArrayList<>();
            for (Member<T> member : members) {
                add(terms, member.terms(), 1);
                articles.add(member.terms());
                if (member.centroid() != null) {
                    sum = sum == null ? new float[member.centroid().length] : sum;
                    if (sum.length == member.centroid().length) {
                        for (int d = 0; d < sum.length; d++) {
                            sum[d] += member.centroid()[d];
                        }
                    }
                }
            }
            return new Part(TermVector.of(terms, TermVector.STORY_TERMS), sum, articles);
        }

        /** This part read as one article against the other: its term sum normalised and cut as an article's is. */
        StoryEvidence asArticleAgainst(Part other) {
            double norm = terms.norm();
            Map<String, Double> normalised = new HashMap<>();
            terms.asMap().forEach((term, weight) -> normalised.put(term, norm == 0 ? 0 : weight / norm));
            TermVector asArticle = TermVector.of(normalised, TermVector.ARTICLE_TERMS);
            float[] centroid = centroidSum == null ? null : Vectors.normalize(centroidSum);
            return StoryEvidence.of(asArticle, centroid, other.terms, other.centroidSum, 0)
                    .withNearest(StoryEvidence.nearestTermCosine(asArticle, other.articles));
        }

        private static void add(Map<String, Double> sum, TermVector vector, int sign) {
            String[] names = vector.terms();
            float[] weights = vector.weights();
            for (int i = 0; i < names.length; i++) {
                sum.merge(names[i], (double) sign * weights[i], Double::sum);
            }
        }
    }
}
