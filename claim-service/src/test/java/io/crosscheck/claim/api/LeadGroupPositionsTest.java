package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.crosscheck.claim.api.StoryFixtures.article;
import static io.crosscheck.claim.api.StoryFixtures.awaitAnalysed;
import static io.crosscheck.claim.api.StoryFixtures.deliver;
import static io.crosscheck.claim.api.StoryFixtures.storyOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that speaks to a story's main fact in words of its own, none of its claims close enough to join the
 * fact's group, still takes a position on it: the stance engine reads each article toward the story's lead groups,
 * also one filed before the group existed.
 */
@QuarkusTest
class LeadGroupPositionsTest {

    /** An event no other test writes about; the first sentence is the fact two outlets state alike. */
    private static final String FACT = "The Marrow dam above Ostby burst on Tuesday night and flooded the lower town, "
            + "the Ostby fire brigade said.";
    private static final String FIRST = FACT + " About 400 residents of Ostby spent the night in the sports hall, "
            + "Mayor Lina Varga said.";
    private static final String SECOND = FACT + " Army engineers reached Ostby on Wednesday to close the breach in the "
            + "Marrow dam, the regional government said.";
    /** The flood's aftermath: the burst is in the title and in passing, no sentence states it as the others do. */
    private static final String AFTERMATH = """
            Schools in Ostby stayed shut on Wednesday and the town's two bakeries handed out free bread. Volunteers \
            from Kelby brought 300 pairs of rubber boots to the sports hall, where families who lost their homes to \
            the water from the Marrow dam are sleeping, Mayor Lina Varga said.""";

    @Test
    void anArticleWithoutAClaimInTheStorysMainGroupTakesThePositionTheEngineReads() {
        UUID first = deliver(article("Marrow dam bursts, Ostby flooded", FIRST, "Valley Herald", "2025-10-07T06:00:00Z"));
        awaitAnalysed(first);
        UUID second = deliver(article("Army engineers sent to Marrow dam", SECOND, "Regional Post", "2025-10-08T09:00:00Z"));
        awaitAnalysed(second);
        UUID mayor = deliver(article("Ostby counts the cost of the Marrow dam burst", AFTERMATH, "Ostby Courier",
                "2025-10-08T12:00:00Z"));
        awaitAnalysed(mayor);
        String story = storyOf(first);
        assertEquals(story, storyOf(second));
        assertEquals(story, storyOf(mayor), "one event");

        JsonPath report = given().get("/stories/" + story).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = report.getList("claims");
        Map<String, Object> main = groups.stream()
                .filter(g -> positionOf(g, first) != null && positionOf(g, second) != null).findFirst().orElseThrow();
        Map<String, Object> mayors = positionOf(main, mayor);
        assertNotNull(mayors, "the mayor's article is read toward the fact both outlets state: " + main);
        assertNull(mayors.get("claimId"), "none of its claims is in the group: " + main);
        assertNotEquals("DENIES", mayors.get("stance"), "a reading without a claim never denies");
        assertEquals("Ostby Courier", mayors.get("source"));
        assertTrue(AFTERMATH.contains((String) mayors.get("evidence")), "the evidence is a sentence of the article");
        assertEquals(mayor.toString(), mayors.get("origin"));
    }

    /** Another event: the fact two outlets state alike, and an aftermath article that came before them. */
    private static final String GROUNDING = "The ferry Aurora Dawn ran aground off Skarholm on Sunday morning and all "
            + "212 passengers were taken off safely, the Skarholm coastguard said.";
    private static final String HOTELS_FIRST = """
            Hotels in Skarholm opened their doors on Sunday night to the stranded travellers of the Nordlys Line. \
            The company said it would pay for every room and for the flights home, and a bakery on the quay handed \
            out free bread.""";

    @Test
    void anArticleFiledBeforeTheGroupLedTheStoryIsReadTowardItLater() {
        UUID hotels = deliver(article("Skarholm hotels take in Aurora Dawn passengers", HOTELS_FIRST, "Island Times",
                "2025-11-02T20:00:00Z"));
        awaitAnalysed(hotels);
        UUID first = deliver(article("Ferry Aurora Dawn runs aground off Skarholm", GROUNDING + " Divers inspected the "
                + "hull of the Aurora Dawn on Monday, the Nordlys Line said.", "Coast Herald", "2025-11-03T08:00:00Z"));
        awaitAnalysed(first);
        UUID second = deliver(article("Aurora Dawn passengers safe after grounding", GROUNDING + " The Skarholm harbour "
                + "master said the channel would reopen on Tuesday.", "North Sea Post", "2025-11-03T10:00:00Z"));
        awaitAnalysed(second);
        String story = storyOf(first);
        assertEquals(story, storyOf(hotels), "one event");

        List<Map<String, Object>> groups = given().get("/stories/" + story).then().statusCode(200).extract()
                .jsonPath().getList("claims");
        Map<String, Object> main = groups.stream().filter(g -> ((String) g.get("statement")).contains("ran aground"))
                .findFirst().orElseThrow(() -> new AssertionError("no group states the grounding: " + groups));
        assertNotNull(positionOf(main, first));
        assertNotNull(positionOf(main, second));
        Map<String, Object> hotelsPosition = positionOf(main, hotels);
        assertNotNull(hotelsPosition, "the article filed before the group existed is read toward it once it leads: " + main);
        assertNull(hotelsPosition.get("claimId"), "none of its claims is in the group: " + main);
        assertNotEquals("DENIES", hotelsPosition.get("stance"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positionOf(Map<String, Object> group, UUID article) {
        return ((List<Map<String, Object>>) group.get("positions")).stream()
                .filter(p -> article.toString().equals(p.get("articleId"))).findFirst().orElse(null);
    }
}
