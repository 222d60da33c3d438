package io.crosscheck.claim.story;

import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stored story an article's keys choose, from what the story_key index returned. */
class StoryMatcherTest {

    private static final UUID BRIDGE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID BUDGET = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Set<String> KEYS = Set.of("p:kell", "l:northfield", "t:bridge", "t:closed");

    private final StoryMatcher matcher = new StoryMatcher(0.3, 0.75, 0.6, 0.70);

    /** The choice on shared keys alone: no centroids known, so no cosine gate. */
    private Optional<UUID> best(Set<String> keys, Map<UUID, List<String>> shared, Map<String, Long> storiesWithKey,
                                long storyCount) {
        return matcher.choose(matcher.qualifying(keys, shared, storiesWithKey, storyCount), Map.of(), Set.of());
    }

    @Test
    void theStorySharingMostOfTheWeightedKeysWins() {
        Map<UUID, List<String>> shared = Map.of(
                BRIDGE, List.of("p:kell", "l:northfield", "t:bridge"),
                BUDGET, List.of("l:northfield", "t:closed"));
        assertEquals(Optional.of(BRIDGE), best(KEYS, shared, Map.of(), 10));
    }

    @Test
    void aKeyHeldByManyStoriesCountsForLessThanARareOne() {
        // Each story shares one entity and one title word; Northfield is in 9 of 10 stories, Kell in 1.
        Map<UUID, List<String>> shared = Map.of(
                BRIDGE, List.of("p:kell", "t:bridge"),
                BUDGET, List.of("l:northfield", "t:closed"));
        Map<String, Long> storiesWithKey = Map.of("p:kell", 1L, "l:northfield", 9L, "t:bridge", 2L, "t:closed", 2L);
        assertEquals(Optional.of(BRIDGE), best(KEYS, shared, storiesWithKey, 10));
    }

    @Test
    void titleWordsAloneOrASingleSharedKeyNameNoEvent() {
        assertTrue(best(KEYS, Map.of(BRIDGE, List.of("t:bridge", "t:closed")), Map.of(), 10).isEmpty());
        assertTrue(best(KEYS, Map.of(BRIDGE, List.of("p:kell")), Map.of(), 10).isEmpty());
    }

    @Test
    void belowTheMinimumShareTheArticleOpensAStory() {
        Set<String> manyKeys = Set.of("p:kell", "l:northfield", "t:bridge", "t:closed", "t:crack", "t:engineer",
                "o:transport board", "p:osei", "t:repair", "t:month");
        Map<UUID, List<String>> shared = Map.of(BRIDGE, List.of("l:northfield", "t:month"));
        assertTrue(best(manyKeys, shared, Map.of(), 10).isEmpty());
    }

    @Test
    void equalScoresChooseTheSameStoryWhateverTheOrderOfTheRows() {
        Map<UUID, List<String>> shared = Map.of(
                BRIDGE, List.of("p:kell", "t:bridge"),
                BUDGET, List.of("p:kell", "t:bridge"));
        assertEquals(Optional.of(BRIDGE), best(KEYS, shared, Map.of(), 10));
    }

    @Test
    void aStorySharingTheNamesButNotTheTextIsTurnedAwayUnlessItHoldsMostOfTheKeysOrOneOfTheFacts() {
        float[] article = {1, 0};
        float[] farish = {0.72f, (float) Math.sqrt(1 - 0.72 * 0.72)};  // cosine 0.72 with the article
        float[] close = {0.9f, (float) Math.sqrt(1 - 0.9 * 0.9)};
        Map<UUID, Double> cosines = matcher.cosines(Set.of(BRIDGE, BUDGET), article, Map.of(BRIDGE, farish, BUDGET, close));
        assertEquals(0.72, cosines.get(BRIDGE), 1e-6);
        assertEquals(Optional.empty(), matcher.choose(Map.of(BRIDGE, 0.5), cosines, Set.of()),
                "same big names, another event's text");
        assertEquals(Optional.of(BRIDGE), matcher.choose(Map.of(BRIDGE, 0.5), cosines, Set.of(BRIDGE)),
                "a claim of the article restates one of the story's facts: a denial of it, say");
        assertTrue(matcher.needsASharedFact(0.5, 0.72));
        assertEquals(false, matcher.needsASharedFact(0.8, 0.72), "the keys are evidence enough");
        assertEquals(false, matcher.needsASharedFact(0.5, 0.6), "too far whatever the evidence");
        assertEquals(Optional.of(BRIDGE), matcher.choose(Map.of(BRIDGE, 0.8), cosines, Set.of()),
                "most of the article's names: a debunk reads further from the reports it refutes");
        assertEquals(Optional.of(BUDGET), matcher.choose(Map.of(BRIDGE, 0.5, BUDGET, 0.4), cosines, Set.of()),
                "key score plus cosine ranks the rest");
        assertEquals(Optional.of(BRIDGE), matcher.choose(Map.of(BRIDGE, 0.5),
                        matcher.cosines(Set.of(BRIDGE), null, Map.of(BRIDGE, farish)), Set.of()),
                "no centroid: the keys alone decide");
    }

    @Test
    void idfOfAKeyNoStoryHoldsIsTheHighest() {
        Map<String, Double> idf = StoryMatcher.inverseStoryFrequency(Set.of("p:kell", "l:northfield"),
                Map.of("l:northfield", 4L), 9);
        assertEquals(1 + Math.log(10), idf.get("p:kell"), 1e-9);
        assertEquals(1 + Math.log(10.0 / 5), idf.get("l:northfield"), 1e-9);
    }

    @Test
    void theRepresentativeTitleSharesMostWordsWithTheStory() {
        List<String> titles = List.of("Breaking news", "Northfield bridge closed after cracks found",
                "Engineer speaks");
        Map<String, Integer> weights = Map.of("t:northfield", 3, "t:bridge", 3, "t:closed", 2, "t:crack", 2,
                "t:engineer", 1);
        assertEquals("Northfield bridge closed after cracks found", StoryMatcher.representativeTitle(titles, weights));
    }
}
