package io.crosscheck.nlp.story;

import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The splitter with the committed story model, on articles made of event words: each article holds its event's words
 * and a few of its own, and a centroid near its event's direction.
 */
class StorySplitterTest {

    private static final StoryModel MODEL = StoryModel.loadDefault();
    private static final StorySplitter SPLITTER = new StorySplitter(MODEL, MODEL.threshold(), 0.6, 2);
    private final Random random = new Random(7);

    @Test
    void twoEventsChainedIntoOneStoryAreCutApartTheLargerKeepingTheStory() {
        List<StorySplitter.Member<String>> members = new ArrayList<>();
        float[] ferry = direction();
        float[] fire = direction();
        for (int i = 0; i < 4; i++) {
            members.add(article("ferry-" + i, "ferry lornport strike crew union shift", ferry));
        }
        for (int i = 0; i < 3; i++) {
            members.add(article("fire-" + i, "wildfire ashvale hectare brigade forest evacuate", fire));
        }

        Optional<StorySplitter.Split<String>> split = SPLITTER.split(members);

        assertTrue(split.isPresent(), "two events: " + SPLITTER.cut(members));
        assertEquals(Set.of("ferry-0", "ferry-1", "ferry-2", "ferry-3"), Set.copyOf(split.get().kept()));
        assertEquals(Set.of("fire-0", "fire-1", "fire-2"), Set.copyOf(split.get().splitOff()));
        assertTrue(split.get().crossProbability() < 0.6, "the parts would not join each other: " + split.get());
    }

    @Test
    void oneEventStaysOneStory() {
        List<StorySplitter.Member<String>> members = new ArrayList<>();
        float[] ferry = direction();
        for (int i = 0; i < 7; i++) {
            members.add(article("ferry-" + i, "ferry lornport strike crew union shift", ferry));
        }
        assertEquals(Optional.empty(), SPLITTER.split(members));
    }

    @Test
    void aLoneOddArticleIsNotASecondEvent() {
        List<StorySplitter.Member<String>> members = new ArrayList<>();
        float[] ferry = direction();
        for (int i = 0; i < 5; i++) {
            members.add(article("ferry-" + i, "ferry lornport strike crew union shift", ferry));
        }
        members.add(article("odd", "wildfire ashvale hectare brigade forest evacuate", direction()));
        assertEquals(Optional.empty(), SPLITTER.split(members));
    }

    @Test
    void aBarOfZeroNeverSplitsThoughTheCutIsFound() {
        List<StorySplitter.Member<String>> members = new ArrayList<>();
        float[] ferry = direction();
        for (int i = 0; i < 4; i++) {
            members.add(article("ferry-" + i, "ferry lornport strike crew union shift", ferry));
        }
        for (int i = 0; i < 3; i++) {
            members.add(article("fire-" + i, "wildfire ashvale hectare brigade forest evacuate", direction()));
        }
        StorySplitter never = new StorySplitter(MODEL, MODEL.threshold(), 0, 2);
        assertEquals(Optional.empty(), never.split(members));
        assertTrue(never.cut(members).isPresent(), "the cut is still found, only not taken");
    }

    @Test
    void theNearestNeighbourChainCutsAsMergingTheClosestClustersUntilTheThresholdDoes() {
        for (int round = 0; round < 5; round++) {
            List<StorySplitter.Member<String>> members = new ArrayList<>();
            // Events that share words and articles that tell each a part of them: clusters at every height.
            String[][] events = {{"ferry", "lornport", "strike", "crew", "union", "shift"},
                    {"ferry", "lornport", "harbour", "cancelled", "islands", "storm"},
                    {"wildfire", "ashvale", "hectare", "brigade", "forest", "storm"}};
            float[][] directions = {direction(), direction(), direction()};
            for (int i = 0; i < 30; i++) {
                int event = random.nextInt(events.length);
                List<String> words = new ArrayList<>(List.of(events[event]));
                java.util.Collections.shuffle(words, random);
                members.add(article("a" + i, String.join(" ", words.subList(0, 2 + random.nextInt(4))), directions[event]));
            }
            Set<Integer> clusterCounts = new java.util.HashSet<>();
            for (double link : new double[] {0.05, 0.1, 0.3, 0.6, 0.9}) {
                StorySplitter splitter = new StorySplitter(MODEL, link, 0.6, 2);
                List<List<Integer>> clusters = splitter.averageLinkage(members);
                assertEquals(Set.copyOf(mergeClosestUntil(splitter.pairwise(members), link)), Set.copyOf(clusters),
                        "round " + round + ", link " + link);
                clusterCounts.add(clusters.size());
            }
            assertTrue(clusterCounts.size() > 1, "the thresholds cut the articles differently: " + clusterCounts);
        }
    }

    /** The textbook loop: merge the two clusters of highest mean pairwise similarity while it reaches the threshold. */
    private static List<List<Integer>> mergeClosestUntil(double[][] similarity, double threshold) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < similarity.length; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double sum = 0;
                    for (int x : clusters.get(a)) {
                        for (int y : clusters.get(b)) {
                            sum += similarity[x][y];
                        }
                    }
                    double mean = sum / (clusters.get(a).size() * clusters.get(b).size());
                    if (mean > best) {
                        best = mean;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (best < threshold) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        clusters.forEach(java.util.Collections::sort);
        return clusters;
    }

    /** An article of the event: its words (weight 1 each) and three of its own, normalised; its centroid near the event's. */
    private StorySplitter.Member<String> article(String id, String eventWords, float[] event) {
        Map<String, Double> weights = new HashMap<>();
        for (String word : eventWords.split(" ")) {
            weights.put(word, 1.0);
        }
        for (int i = 0; i < 3; i++) {
            weights.put(id + "-own-" + i, 1.0);
        }
        double norm = Math.sqrt(weights.size());
        weights.replaceAll((word, w) -> w / norm);
        float[] centroid = new float[event.length];
        for (int d = 0; d < centroid.length; d++) {
            centroid[d] = event[d] + 0.3f * (float) random.nextGaussian() / (float) Math.sqrt(event.length);
        }
        return new StorySplitter.Member<>(id, TermVector.of(weights, TermVector.ARTICLE_TERMS), centroid);
    }

    /** A random unit direction in MiniLM's 384 dimensions (two are nearly orthogonal). */
    private float[] direction() {
        float[] v = new float[384];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
