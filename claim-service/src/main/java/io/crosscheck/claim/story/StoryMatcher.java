package io.crosscheck.claim.story;

import java.util.Collection;
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
 * least the configured minimum. Plain arithmetic over what the index returned, so it is tested without a database.
 */
public final class StoryMatcher {

    static final int MIN_SHARED_KEYS = 2;

    private final double minSimilarity;

    public StoryMatcher(double minSimilarity) {
        this.minSimilarity = minSimilarity;
    }

    /**
     * @param keys the article's keys
     * @param sharedByStory candidate story → those of the keys it holds
     * @param storiesWithKey key → the number of stories holding it (keys absent here are held by none)
     * @param storyCount the number of stories
     * @return the best-scoring candidate that qualifies; on equal scores the smaller id, so that the choice does
     *     not depend on the order the index returned its rows in
     */
    public Optional<UUID> best(Set<String> keys, Map<UUID, List<String>> sharedByStory,
                               Map<String, Long> storiesWithKey, long storyCount) {
        if (keys.isEmpty() || sharedByStory.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> idf = inverseStoryFrequency(keys, storiesWithKey, storyCount);
        double total = weightedSum(keys, idf);
        return sharedByStory.entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_SHARED_KEYS && e.getValue().stream().anyMatch(StoryKeys::isEntityKey))
                .map(e -> Map.entry(e.getKey(), weightedSum(e.getValue(), idf) / total))
                .filter(e -> e.getValue() >= minSimilarity)
                .max(Map.Entry.<UUID, Double>comparingByValue()
                        .thenComparing(Map.Entry.<UUID, Double>comparingByKey().reversed()))
                .map(Map.Entry::getKey);
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
