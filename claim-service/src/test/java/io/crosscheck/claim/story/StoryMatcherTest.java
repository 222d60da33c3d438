package io.crosscheck.claim.story;

import io.crosscheck.nlp.story.StoryEvidence;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.TermVector;
import org.junit.jupiter.api.Test;
import java.util.HashSet;
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
    void anArticleCloseToOneTurnOfTheStoryJoinsItThroughThatArticle() {
        // Terms cosine 0.2 with the sum alone falls short; the nearest article's terms can carry it.
        StoryModel withNearest = new StoryModel("test", List.of("terms", "centroid", "nearest"),
                new double[] {20, 5, 6}, -13, 0.5);
        StoryMatcher nearestMatcher = new StoryMatcher(withNearest, 3, 0.75);
        TermVector article = TermVector.of(Map.of("ferry", 0.8, "aground", 0.6), TermVector.ARTICLE_TERMS);
        TermVector sameTurn = TermVector.of(Map.of("ferry", 0.7, "aground", 0.7), TermVector.ARTICLE_TERMS);
        TermVector otherTurn = TermVector.of(Map.of("ferry", 0.1, "inquiry", 0.99), TermVector.ARTICLE_TERMS);
        Map<UUID, StoryEvidence> sums = Map.of(
                BRIDGE, new StoryEvidence(0.20, 0.80, 0.5),   // 4 + 4 - 13 = -5, with a nearest article of 1: +1
                BUDGET, new StoryEvidence(0.05, 0.80, 0.5),   // -8 + 6 at most: never admitted, so not read
                FLOOD, new StoryEvidence(0, 0.80, 0.5));      // filed before terms were kept: judged by its centroid
        Map<UUID, List<TermVector>> latest = Map.of(BRIDGE, List.of(otherTurn, sameTurn), BUDGET, List.of(sameTurn));
        Set<UUID> read = new HashSet<>();
        Map<UUID, StoryEvidence> evidence = nearestMatcher.withNearestArticles(article, sums, Set.of(FLOOD), story -> {
            read.add(story);
            return latest.getOrDefault(story, List.of());
        });
        assertEquals(Set.of(BRIDGE), read, "only a story the nearest article could make admissible is read");
        assertEquals(sameTurn.cosineWithArticle(article), evidence.get(BRIDGE).nearestTermCosine(), 1e-9);
        assertEquals(0, evidence.get(BUDGET).nearestTermCosine());
        assertEquals(List.of(BRIDGE, FLOOD), nearestMatcher.admitted(evidence, Set.of(FLOOD)));
        assertEquals(List.of(FLOOD), nearestMatcher.admitted(sums, Set.of(FLOOD)), "the sums alone do not admit it");
    }

    @Test
    void aModelWithoutTheNearestArticleReadsNoArticles() {
        Map<UUID, StoryEvidence> sums = Map.of(BRIDGE, new StoryEvidence(0.45, 0.80, 0.9));
        assertEquals(sums, matcher.withNearestArticles(TermVector.EMPTY, sums, Set.of(), story -> {
            throw new AssertionError("read " + story);
        }));
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
