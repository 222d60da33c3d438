package io.crosscheck.claim.story;

import io.crosscheck.nlp.embed.Vectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Scores candidate stories for an article's keys ({@link StoryKeys}): a candidate's score is the idf-weighted
 * share of the article's keys found in the story, entities weighing twice as much as title words. A candidate
 * needs at least two shared keys, one of them an entity (a title word alone names no event), and a score of at
 * least the configured minimum; the article's MiniLM centroid must then be close enough to the story's, less close
 * when the story holds most of the article's keys or one of its facts. Plain arithmetic over what the index returned, so it is tested
 * without a database.
 */
public final class StoryMatcher {

    static final int MIN_SHARED_KEYS = 2;

    private final double minSimilarity;
    private final double minCentroidSimilarity;
    private final double strongKeySimilarity;
    private final double minCentroidSimilarityWithStrongEvidence;

    /**
     * @param minSimilarity         least idf-weighted share of the article's keys a story must hold
     * @param minCentroidSimilarity least cosine between the article's MiniLM centroid and the story's
     * @param strongKeySimilarity   a key score from which the story's names are evidence enough to accept a text
     *                              that reads further from the story (a debunk is about videos, the story about a bridge)
     * @param minCentroidSimilarityWithStrongEvidence the least cosine with that key score or a shared fact
     */
    public StoryMatcher(double minSimilarity, double minCentroidSimilarity, double strongKeySimilarity,
                        double minCentroidSimilarityWithStrongEvidence) {
        this.minSimilarity = minSimilarity;
        this.minCentroidSimilarity = minCentroidSimilarity;
        this.strongKeySimilarity = strongKeySimilarity;
        this.minCentroidSimilarityWithStrongEvidence = Math.min(minCentroidSimilarity, minCentroidSimilarityWithStrongEvidence);
    }

    /**
     * The candidates whose shared keys qualify, with their key score.
     *
     * @param keys the article's keys
     * @param sharedByStory candidate story → those of the keys it holds
     * @param storiesWithKey key → the number of stories holding it (keys absent here are held by none)
     * @param storyCount the number of stories
     */
    public Map<UUID, Double> qualifying(Set<String> keys, Map<UUID, List<String>> sharedByStory,
                                        Map<String, Long> storiesWithKey, long storyCount) {
        Map<UUID, Double> scores = new HashMap<>();
        if (keys.isEmpty() || sharedByStory.isEmpty()) {
            return scores;
        }
        Map<String, Double> idf = inverseStoryFrequency(keys, storiesWithKey, storyCount);
        double total = weightedSum(keys, idf);
        sharedByStory.forEach((story, shared) -> {
            if (shared.size() >= MIN_SHARED_KEYS && shared.stream().anyMatch(StoryKeys::isEntityKey)) {
                double score = weightedSum(shared, idf) / total;
                if (score >= minSimilarity) {
                    scores.put(story, score);
                }
            }
        });
        return scores;
    }

    /**
     * Of the qualifying candidates, those the article is also about as MiniLM reads it (cosine of its centroid
     * with the story's at least the minimum; a big name such as "Islamic State" is shared by many events, what the
     * text says is not), ranked by key score plus cosine. Strong evidence lowers the cosine needed: the story holding
     * most of the article's keys, or one of the article's claims stating a fact of the story (a denial or a debunk
     * reads further from the reports it answers than their own text does: "Putin did not receive a written message"
     * against "Putin received a personal message"). On equal scores the smaller id, so that the choice does not
     * depend on the order the index returned its rows in.
     *
     * @param cosines      candidate → its {@link #cosines centroid cosine} (absent: as if at the minimum)
     * @param sharingAFact candidates one of whose claim groups states a fact one of the article's claims states
     */
    public Optional<UUID> choose(Map<UUID, Double> keyScores, Map<UUID, Double> cosines, Set<UUID> sharingAFact) {
        List<UUID> admitted = admitted(keyScores, cosines, sharingAFact);
        return admitted.isEmpty() ? Optional.empty() : Optional.of(admitted.get(0));
    }

    /**
     * Every candidate the article could join (past the centroid gate for its evidence), best first: key score plus
     * cosine, ties to the smaller id. More than one means the article may show that those stories are one.
     */
    public List<UUID> admitted(Map<UUID, Double> keyScores, Map<UUID, Double> cosines, Set<UUID> sharingAFact) {
        Map<UUID, Double> scores = new HashMap<>();
        for (Map.Entry<UUID, Double> candidate : keyScores.entrySet()) {
            double cosine = cosines.getOrDefault(candidate.getKey(), minCentroidSimilarity);
            boolean strong = candidate.getValue() >= strongKeySimilarity || sharingAFact.contains(candidate.getKey());
            if (cosine >= (strong ? minCentroidSimilarityWithStrongEvidence : minCentroidSimilarity)) {
                scores.put(candidate.getKey(), candidate.getValue() + cosine);
            }
        }
        List<UUID> admitted = new ArrayList<>(scores.keySet());
        admitted.sort(Comparator.<UUID>comparingDouble(scores::get).reversed().thenComparing(Comparator.naturalOrder()));
        return admitted;
    }

    /** Whether only a shared fact can let this candidate in, so that the caller looks for one (it costs a query). */
    public boolean needsASharedFact(double keyScore, double cosine) {
        return keyScore < strongKeySimilarity && cosine < minCentroidSimilarity
                && cosine >= minCentroidSimilarityWithStrongEvidence;
    }

    /**
     * Each candidate's cosine between the article's centroid and the story's, computed once for the gates, the
     * ranking and the log. A candidate or article without a centroid (filed before V3) is judged on keys alone: it
     * gets the minimum cosine.
     *
     * @param articleCentroid the article's centroid, or null
     * @param centroidSums    candidate → the sum of its articles' centroids (absent: unknown)
     */
    public Map<UUID, Double> cosines(Set<UUID> candidates, float[] articleCentroid, Map<UUID, float[]> centroidSums) {
        Map<UUID, Double> cosines = new HashMap<>();
        for (UUID candidate : candidates) {
            float[] storySum = centroidSums.get(candidate);
            boolean known = articleCentroid != null && storySum != null && storySum.length == articleCentroid.length;
            cosines.put(candidate, known ? Vectors.cosine(articleCentroid, Vectors.normalize(storySum)) : minCentroidSimilarity);
        }
        return cosines;
    }

    /** Keys found in many stories ("United States") say less about the event than rare ones ("Araghchi"). */
    static Map<String, Double> inverseStoryFrequency(Set<String> keys, Map<String, Long> storiesWithKey, long storyCount) {
        Map<String, Double> idf = new HashMap<>();
        for (String key : keys) {
            long holding = storiesWithKey.getOrDefault(key, 0L);
            idf.put(key, holding == 0 ? 1 + Math.log(storyCount + 1.0)
                    : 1 + Math.log((storyCount + 1.0) / (holding + 1)));
        }
        return idf;
    }

    private static double weightedSum(Collection<String> keys, Map<String, Double> idf) {
        return keys.stream().mapToDouble(k -> weight(k) * idf.get(k)).sum();
    }

    static double weight(String key) {
        return StoryKeys.isEntityKey(key) ? 2 : 1;
    }

    /**
     * The title whose words the story's articles share most: the headline closest to the common account. On
     * equal scores the earlier title.
     *
     * @param titleKeyWeights title key → how many of the story's articles have it
     */
    public static String representativeTitle(List<String> titles, Map<String, Integer> titleKeyWeights) {
        if (titles.size() == 1) {
            return titles.get(0);
        }
        String best = titles.get(0);
        double bestScore = -1;
        for (String title : titles) {
            Set<String> titleKeys = StoryKeys.of(title, List.of());
            double score = titleKeys.stream().mapToInt(k -> titleKeyWeights.getOrDefault(k, 0)).sum()
                    / Math.sqrt(Math.max(1, titleKeys.size()));
            if (score > bestScore) {
                bestScore = score;
                best = title;
            }
        }
        return best;
    }
}
