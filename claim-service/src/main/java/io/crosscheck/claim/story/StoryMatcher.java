package io.crosscheck.claim.story;

import io.crosscheck.nlp.story.StoryEvidence;
import io.crosscheck.nlp.story.StoryKeys;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Chooses the story an article joins. The candidates are the stories sharing one of its keys ({@link StoryKeys}),
 * the best {@code maxCandidates} by key score; each is then judged by the learnt {@link StoryModel} on what the two
 * texts share: the cosine of the article's TF-IDF terms with the story's term sum and with its nearest article's, and of
 * its MiniLM centroid with the story's. A big name such as "Islamic State" brings many candidates; the words of the event decide among them.
 * Plain arithmetic over what the index returned, so it is tested without a database.
 */
public final class StoryMatcher {

    private final StoryModel model;
    private final int maxCandidates;
    private final double minCentroidSimilarityWithoutTerms;

    /**
     * @param model                              the learnt story model (weights and joining probability)
     * @param maxCandidates                      candidate stories compared in full per article
     * @param minCentroidSimilarityWithoutTerms  the least centroid cosine for a story filed before term sums were
     *                                           kept (it has none to compare), as stories were matched before
     */
    public StoryMatcher(StoryModel model, int maxCandidates, double minCentroidSimilarityWithoutTerms) {
        this.model = model;
        this.maxCandidates = maxCandidates;
        this.minCentroidSimilarityWithoutTerms = minCentroidSimilarityWithoutTerms;
    }

    /**
     * The candidates: stories sharing a key with the article, the best {@code maxCandidates} by key score (ties to
     * the smaller id, so that the cut does not depend on the order the index returned its rows in), with that score.
     *
     * @param keys the article's keys
     * @param sharedByStory candidate story → those of the keys it holds
     * @param storiesWithKey key → the number of stories holding it (keys absent here are held by none)
     * @param storyCount the number of stories
     */
    public Map<UUID, Double> candidates(Set<String> keys, Map<UUID, List<String>> sharedByStory,
                                        Map<String, Long> storiesWithKey, long storyCount) {
        Map<UUID, Double> scores = new HashMap<>();
        sharedByStory.forEach((story, shared) -> scores.put(story, StoryKeys.score(keys, shared, storiesWithKey, storyCount)));
        List<UUID> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.<UUID>comparingDouble(scores::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<UUID, Double> best = new LinkedHashMap<>();
        ranked.stream().limit(maxCandidates).forEach(story -> best.put(story, scores.get(story)));
        return best;
    }

    /**
     * Every candidate the article could join, most probable first (ties to the smaller id). More than one means the
     * article may show that those stories are one.
     *
     * @param evidence candidate → what ties the article to it
     * @param withoutTerms candidates filed before term sums were kept: judged by their centroid alone
     */
    public List<UUID> admitted(Map<UUID, StoryEvidence> evidence, Set<UUID> withoutTerms) {
        Map<UUID, Double> probabilities = new HashMap<>();
        evidence.forEach((story, e) -> {
            if (withoutTerms.contains(story)) {
                if (e.centroidCosine() >= minCentroidSimilarityWithoutTerms) {
                    probabilities.put(story, model.threshold());
                }
            } else if (model.admits(e)) {
                probabilities.put(story, model.probability(e));
            }
        });
        List<UUID> admitted = new ArrayList<>(probabilities.keySet());
        admitted.sort(Comparator.<UUID>comparingDouble(probabilities::get).reversed().thenComparing(Comparator.naturalOrder()));
        return admitted;
    }

    /**
     * The evidence with {@link StoryEvidence#nearestTermCosine} filled in when the model reads it: the article's
     * terms against each of a candidate's latest articles. Only candidates the model could admit once that is known
     * are read (most candidates share a name and little else), and none filed before term sums were kept.
     *
     * @param latestArticles story → the terms of its latest {@value StoryEvidence#NEAREST_ARTICLES} articles
     */
    public Map<UUID, StoryEvidence> withNearestArticles(TermVector articleTerms, Map<UUID, StoryEvidence> evidence,
                                                        Set<UUID> withoutTerms,
                                                        Function<UUID, List<TermVector>> latestArticles) {
        if (!model.readsStoryArticles()) {
            return evidence;
        }
        Map<UUID, StoryEvidence> completed = new HashMap<>(evidence);
        evidence.forEach((story, e) -> {
            if (!withoutTerms.contains(story) && model.mayAdmit(e)) {
                completed.put(story, e.withNearest(StoryEvidence.nearestTermCosine(articleTerms, latestArticles.apply(story))));
            }
        });
        return completed;
    }

    /** The probability the model gives, for the log. */
    public double probability(StoryEvidence evidence) {
        return model.probability(evidence);
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
