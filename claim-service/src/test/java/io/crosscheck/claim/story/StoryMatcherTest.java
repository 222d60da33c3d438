package io.crosscheck.claim.story;

import io.crosscheck.nlp.story.StoryEvidence;
import io.crosscheck.nlp.story.StoryModel;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which stored stories an article may join, from what the story_key index returned and what the texts share. */
class StoryMatcherTest {

    private static final UUID BRIDGE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID BUDGET = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID FLOOD = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final Set<String> KEYS = Set.of("p:kell", "l:northfield", "t:bridge", "t:closed");

    /** Joins from probability 0.5, which a terms cosine of 0.3 with a centroid cosine of 0.8 reaches. */
    private static final StoryModel MODEL = new StoryModel("test", List.of("terms", "centroid"),
            new double[] {20, 5}, -10, 0.5);

    private final StoryMatcher matcher = new StoryMatcher(MODEL, 2, 0.75);

    @Test
    void theCandidatesAreTheStoriesSharingMostOfTheWeightedKeys() {
        Map<UUID, List<String>> shared = Map.of(
                BRIDGE, List.of("p:kell", "l:northfield", "t:bridge"),
                BUDGET, List.of("l:northfield"),
                FLOOD, List.of("t:closed"));
        Map<UUID, Double> candidates = matcher.candidates(KEYS, shared, Map.of(), 10);
        assertEquals(List.of(BRIDGE, BUDGET), List.copyOf(candidates.keySet()), "best two, best first");
    }

    @Test
    void aKeyHeldByManyStoriesCountsForLessThanARareOne() {
        // Each story shares one entity and one title word; Northfield is in 9 of 10 stories, Kell in 1.
        Map<UUID, List<String>> shared = Map.of(
                BRIDGE, List.of("p:kell", "t:bridge"),
                BUDGET, List.of("l:northfield", "t:closed"));
        Map<String, Long> storiesWithKey = Map.of("p:kell", 1L, "l:northfield", 9L, "t:bridge", 2L, "t:closed", 2L);
        Map<UUID, Double> candidates = matcher.candidates(KEYS, shared, storiesWithKey, 10);
        assertEquals(BRIDGE, candidates.keySet().iterator().next());
    }

    @Test
    void equalKeyScoresRankTheSameWhateverTheOrderOfTheRows() {
        Map<UUID, List<String>> shared = Map.of(
                BUDGET, List.of("p:kell", "t:bridge"),
                FLOOD, List.of("p:kell", "t:bridge"),
                BRIDGE, List.of("p:kell", "t:bridge"));
        assertEquals(List.of(BRIDGE, BUDGET), List.copyOf(matcher.candidates(KEYS, shared, Map.of(), 10).keySet()));
    }

    @Test
    void theWordsOfTheEventDecideNotTheNamesItShares() {
        Map<UUID, StoryEvidence> evidence = Map.of(
                BRIDGE, new StoryEvidence(0.45, 0.80, 0.9),
                BUDGET, new StoryEvidence(0.10, 0.82, 0.9));  // same names and topic, another event's words
        assertEquals(List.of(BRIDGE), matcher.admitted(evidence, Set.of()));
    }

    @Test
    void severalAdmittedStoriesComeMostProbableFirst() {
        Map<UUID, StoryEvidence> evidence = Map.of(
                BUDGET, new StoryEvidence(0.40, 0.80, 0.2),
                BRIDGE, new StoryEvidence(0.60, 0.80, 0.2));
        assertEquals(List.of(BRIDGE, BUDGET), matcher.admitted(evidence, Set.of()));
    }

    @Test
    void aStoryWithoutTermsIsJudgedByItsCentroidAlone() {
        Map<UUID, StoryEvidence> evidence = Map.of(
                BRIDGE, new StoryEvidence(0, 0.78, 0.5),
                BUDGET, new StoryEvidence(0, 0.70, 0.5));
        assertEquals(List.of(BRIDGE), matcher.admitted(evidence, Set.of(BRIDGE, BUDGET)));
        assertEquals(List.of(), matcher.admitted(evidence, Set.of()), "with terms, a zero terms cosine is no evidence");
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
