package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.crosscheck.claim.api.StoryFixtures.APPEAL_HEDGED;
import static io.crosscheck.claim.api.StoryFixtures.BLAST_SEVEN;
import static io.crosscheck.claim.api.StoryFixtures.BLAST_TWELVE;
import static io.crosscheck.claim.api.StoryFixtures.BRIDGE_COLLAPSED;
import static io.crosscheck.claim.api.StoryFixtures.BRIDGE_DEBUNKED;
import static io.crosscheck.claim.api.StoryFixtures.MESSAGE_DENIED;
import static io.crosscheck.claim.api.StoryFixtures.MESSAGE_REPORTED;
import static io.crosscheck.claim.api.StoryFixtures.WEATHER;
import static io.crosscheck.claim.api.StoryFixtures.article;
import static io.crosscheck.claim.api.StoryFixtures.awaitAnalysed;
import static io.crosscheck.claim.api.StoryFixtures.deliver;
import static io.crosscheck.claim.api.StoryFixtures.storyOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The founding story end to end inside the claim-service: intake, analysis, story, groups, positions, conflicts. */
@QuarkusTest
class StoryReportTest {

    private static UUID reported;
    private static UUID denied;
    private static UUID hedged;
    private static UUID weather;
    private static UUID collapsed;
    private static UUID debunked;

    /** Once for the class; in @BeforeEach because REST Assured knows the test port only from then on. */
    @BeforeEach
    void deliverTheStoryOnce() {
        if (reported != null) {
            return;
        }
        reported = deliver(article("Putin receives message from Iran's supreme leader", MESSAGE_REPORTED,
                "Daily Ledger", "2025-06-24T08:00:00Z"));
        denied = deliver(article("Kremlin denies Putin got a written message from Khamenei", MESSAGE_DENIED,
                "Capital Wire", "2025-06-25T10:00:00Z"));
        hedged = deliver(article("Khamenei appeals to Putin through undisclosed channels", APPEAL_HEDGED,
                "Gulf Monitor", "2025-06-24T15:00:00Z"));
        weather = deliver(article("Heavy rain forecast for northern England", WEATHER, "Daily Ledger",
                "2025-06-24T09:00:00Z"));
        collapsed = deliver(article("Harbour Bridge partly collapses into the Esk", BRIDGE_COLLAPSED, "Harbour Times",
                "2025-09-05T19:00:00Z"));
        debunked = deliver(article("No, the Harbour Bridge did not collapse", BRIDGE_DEBUNKED, "Kelton Fact Desk",
                "2025-09-06T12:00:00Z"));
        List.of(reported, denied, hedged, weather, collapsed, debunked).forEach(StoryFixtures::awaitAnalysed);
    }

    private JsonPath report(String storyId) {
        return given().get("/stories/" + storyId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theThreeReportsOfTheMessageFormOneStoryAndTheWeatherStaysOut() {
        String story = storyOf(reported);
        assertNotNull(story);
        assertEquals(story, storyOf(denied));
        assertEquals(story, storyOf(hedged));
        assertNotEquals(story, storyOf(weather));
        // Other test classes share the database and may add their own report of the same event.
        given().get("/stories/" + story).then()
                .body("articles.id", org.hamcrest.Matchers.hasItems(reported.toString(), denied.toString(), hedged.toString()))
                .body("articles.id", org.hamcrest.Matchers.not(hasItem(weather.toString())));
    }

    @Test
    void theMessageClaimIsContestedWithTheKremlinsDenial() {
        JsonPath report = report(storyOf(reported));
        List<Map<String, Object>> groups = report.getList("claims");
        Map<String, Object> message = groups.stream()
                .filter(g -> positionOf(g, denied) != null && positionOf(g, reported) != null)
                .findFirst().orElseThrow(() -> new AssertionError("no group holds both the report and the denial: " + groups));
        assertEquals("CONTESTED", message.get("status"));
        Map<String, Object> denial = positionOf(message, denied);
        assertEquals("DENIES", denial.get("stance"));
        assertEquals("Dmitry Peskov", ((Map<?, ?>) denial.get("claimant")).get("name"));
        assertEquals("SUPPORTS", positionOf(message, reported).get("stance"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) message.get("conflicts");
        assertTrue(conflicts.stream().anyMatch(c -> "DENIAL".equals(c.get("kind"))), "a DENIAL conflict: " + conflicts);
    }

    @Test
    void theHedgedReportSupportsTheMessageClaimAsHedged() {
        JsonPath report = report(storyOf(reported));
        List<Map<String, Object>> groups = report.getList("claims");
        Map<String, Object> position = groups.stream()
                .filter(g -> positionOf(g, reported) != null)
                .map(g -> positionOf(g, hedged))
                .filter(p -> p != null)
                .findFirst().orElseThrow(() -> new AssertionError("the hedged article shares no claim group with the report"));
        assertEquals("SUPPORTS", position.get("stance"));
        assertEquals(true, position.get("hedged"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArticleThatRelaysTheFactAndRefutesItDeniesIt() {
        String story = storyOf(collapsed);
        assertEquals(story, storyOf(debunked));
        List<Map<String, Object>> groups = report(story).getList("claims");
        Map<String, Object> collapse = groups.stream()
                .filter(g -> positionOf(g, collapsed) != null && positionOf(g, debunked) != null)
                .filter(g -> ((String) g.get("statement")).contains("collapsed"))
                .findFirst().orElseThrow(() -> new AssertionError("no group holds both accounts of the collapse: " + groups));
        assertEquals("SUPPORTS", positionOf(collapse, collapsed).get("stance"));
        Map<String, Object> refuting = positionOf(collapse, debunked);
        assertEquals("DENIES", refuting.get("stance"), "the article calls the videos false: " + refuting);
        assertTrue(((String) refuting.get("evidence")).contains("false"), "the refuting sentence is the evidence: " + refuting);
        assertEquals("CONTESTED", collapse.get("status"));
        assertTrue(((List<Map<String, Object>>) collapse.get("conflicts")).stream()
                .anyMatch(c -> List.of("DENIAL", "NEGATION").contains(c.get("kind"))));
    }

    @Test
    void theReportCarriesARevisionTagAndAnswersNotModifiedUntilTheStoryChanges() {
        String story = storyOf(reported);
        String etag = given().get("/stories/" + story).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).get("/stories/" + story).then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").get("/stories/" + story).then().statusCode(200);
    }

    @Test
    void storiesListCountsArticlesSourcesAndContestedClaims() {
        String story = storyOf(reported);
        given().queryParam("size", 100).get("/stories").then().statusCode(200)
                .body("items.find { it.id == '" + story + "' }.articleCount", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("items.find { it.id == '" + story + "' }.sources", hasItem("Capital Wire"))
                .body("items.find { it.id == '" + story + "' }.contestedCount", org.hamcrest.Matchers.greaterThan(0));
    }

    /**
     * Filing refreshes the stored status of a group only when the new article can change it (a CONTESTED group stays
     * CONTESTED: ClaimGrouper.needingRefresh). The hedged report joined the message claim after the denial had made
     * it CONTESTED; the stored counts of every story must still be what the report computes from all members.
     */
    @Test
    void storedContestedCountsAgreeWithTheReportComputedFromAllMembers() {
        List<Map<String, Object>> stories = given().queryParam("size", 100).get("/stories").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(stories.size() >= 3, "stories: " + stories);
        for (Map<String, Object> story : stories) {
            List<Map<String, Object>> groups = report((String) story.get("id")).getList("claims");
            long contested = groups.stream().filter(g -> "CONTESTED".equals(g.get("status"))).count();
            assertEquals(((Number) story.get("contestedCount")).longValue(), contested,
                    "story " + story.get("title") + ": " + groups);
        }
        List<Map<String, Object>> message = report(storyOf(reported)).getList("claims");
        assertTrue(message.stream().anyMatch(g -> "CONTESTED".equals(g.get("status")) && positionOf(g, hedged) != null),
                "the hedged report joined a contested group: " + message);
    }

    @Test
    void differentFiguresForTheSameFactAreANumberConflict() {
        UUID twelve = deliver(article("Blast at Northfield chemical plant injures 12", BLAST_TWELVE, "Valley Post",
                "2025-03-03T12:00:00Z"));
        UUID seven = deliver(article("Northfield chemical plant blast injures 7 workers", BLAST_SEVEN, "County Herald",
                "2025-03-03T14:00:00Z"));
        awaitAnalysed(twelve);
        awaitAnalysed(seven);
        String story = storyOf(twelve);
        assertEquals(story, storyOf(seven));
        List<Map<String, Object>> groups = report(story).getList("claims");
        assertTrue(groups.stream().anyMatch(g -> "CONTESTED".equals(g.get("status"))
                        && ((List<?>) g.get("conflicts")).stream().anyMatch(c -> "NUMBER".equals(((Map<?, ?>) c).get("kind")))),
                "a NUMBER conflict between 12 and 7 injured: " + groups);
    }

    @Test
    void claimCheckFindsTheReportAndTheDenialButNotTheWeather() {
        var response = given().contentType("application/json")
                .body(Map.of("claim", "Putin received a message from Khamenei"))
                .post("/claims/check").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> matches = response.getList("matches");
        Map<String, Object> byReport = matches.stream().filter(m -> reported.toString().equals(m.get("articleId")))
                .findFirst().orElseThrow(() -> new AssertionError("the report is not matched: " + matches));
        Map<String, Object> byDenial = matches.stream().filter(m -> denied.toString().equals(m.get("articleId")))
                .findFirst().orElseThrow(() -> new AssertionError("the denial is not matched: " + matches));
        assertEquals("SUPPORTS", byReport.get("stance"));
        assertEquals("DENIES", byDenial.get("stance"));
        assertTrue(matches.stream().noneMatch(m -> weather.toString().equals(m.get("articleId"))));
        assertTrue(((List<?>) byDenial.get("evidence")).size() > 0);
    }

    @jakarta.inject.Inject
    io.crosscheck.claim.persistence.StoredClaimRepository storedClaims;

    @Test
    void theClaimCheckSearchesTheClaimsStoriesOnTheirOwn() {
        UUID kremlin = UUID.fromString(storyOf(reported));
        UUID rain = UUID.fromString(storyOf(weather));
        List<UUID> articlesFound = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                storedClaims.byIds(storedClaims.searchIdsInStories("putin | message | rain", java.util.Set.of(kremlin), 300))
                        .stream().map(c -> c.articleId).distinct().toList());
        assertTrue(articlesFound.contains(reported), "the report's claims are in its story: " + articlesFound);
        assertTrue(articlesFound.stream().allMatch(id -> kremlin.toString().equals(storyOf(id))),
                "only claims of the story's articles: " + articlesFound);
        List<UUID> inRain = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                storedClaims.byIds(storedClaims.searchIdsInStories("putin | message", java.util.Set.of(rain), 300))
                        .stream().map(c -> c.articleId).distinct().toList());
        assertFalse(inRain.contains(reported), "another story's claims are not searched: " + inRain);
    }

    @Test
    void claimCheckWithoutClaimAnswers400() {
        given().contentType("application/json").body(Map.of("limit", 3)).post("/claims/check").then()
                .statusCode(400).body("errors[0].field", equalTo("claim"));
        given().contentType("application/json").body(Map.of("claim", "x", "limit", 500)).post("/claims/check").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownStoryAnswers404Problem() {
        given().get("/stories/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/stories/nonsense").then().statusCode(404);
    }

    @Test
    void sortContestedListsTheContestedStoryBeforeEveryUncontestedOne() {
        String story = storyOf(reported);
        JsonPath page = given().queryParam("size", 100).queryParam("sort", "contested").get("/stories")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> counts = page.getList("items.contestedCount", Integer.class);
        List<Integer> descending = new java.util.ArrayList<>(counts);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, counts, "most contested first");
        int position = page.getList("items.id", String.class).indexOf(story);
        assertTrue(position >= 0 && counts.get(position) > 0, "the message story is listed as contested");
        assertTrue(counts.subList(0, position).stream().allMatch(c -> c > 0), "no uncontested story before it");
    }

    @Test
    void anUnknownSortAnswers400NamingIt() {
        given().queryParam("sort", "loudest").get("/stories").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("must be one of recent, contested"));
    }

    @Test
    void pageSizeOutOfBoundsAnswers400() {
        given().queryParam("size", 1000).get("/stories").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positionOf(Map<String, Object> group, UUID articleId) {
        return ((List<Map<String, Object>>) group.get("positions")).stream()
                .filter(p -> articleId.toString().equals(p.get("articleId")))
                .findFirst().orElse(null);
    }
}
