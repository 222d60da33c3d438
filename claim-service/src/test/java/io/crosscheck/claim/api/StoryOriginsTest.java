package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
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

/**
 * Syndicated copy in a story: two outlets running one agency's report (one credits it, one does not but runs the
 * same text) are one origin and do not corroborate each other; an outlet's own report of the event does.
 */
@QuarkusTest
class StoryOriginsTest {

    /** An event no other test writes about. */
    private static final String WIRE = """
            LONDON (Reuters) - Britain's transport ministry will close the Severn rail tunnel for six weeks from March \
            to repair flood damage, the ministry said on Tuesday. Engineers found cracks in the brick lining of the \
            Severn rail tunnel after it flooded three times in January.

            About 26,000 passengers a day will travel on replacement buses between Bristol and Cardiff during the \
            closure, Great Western Railway said. "Safety comes first, and the repairs cannot wait any longer," \
            Transport Secretary Helen Marsh told reporters in London.

            The repairs will cost about 40 million pounds, paid from the rail budget, the ministry said.""";

    /** The same copy with the outlet's dateline, the credit dropped and a closing sentence of its own. */
    private static final String COPY = """
            BRISTOL, Feb 4 - Britain's transport ministry will close the Severn rail tunnel for six weeks from March \
            to repair flood damage, the ministry said on Tuesday. Engineers found cracks in the brick lining of the \
            Severn rail tunnel after it flooded three times in January.

            About 26,000 passengers a day will travel on replacement buses between Bristol and Cardiff during the \
            closure, Great Western Railway said. "Safety comes first, and the repairs cannot wait any longer," \
            Transport Secretary Helen Marsh told reporters in London.

            Commuters in Bristol told the Avon Courier they would rather drive.""";

    private static final String OWN_REPORT = """
            The Severn rail tunnel will close for six weeks from March for urgent repairs to flood damage, Britain's \
            transport ministry announced on Tuesday. Our reporter saw water dripping from the roof of the Severn rail \
            tunnel near the Welsh portal this week. Great Western Railway expects 26,000 passengers a day to take \
            replacement buses between Cardiff and Bristol, and Welsh ministers called the closure a blow to commuters.""";

    @Test
    @SuppressWarnings("unchecked")
    void syndicatedCopiesShareAnOriginAndCorroborateOnlyWithAnIndependentReport() {
        UUID wire = deliver(article("Severn rail tunnel to close for six weeks", WIRE, "Origin Gazette",
                "2025-02-04T09:00:00Z"));
        UUID copy = deliver(article("Six-week Severn tunnel closure to hit commuters", COPY, "Avon Courier",
                "2025-02-04T10:00:00Z"));
        awaitAnalysed(wire);
        awaitAnalysed(copy);
        String story = storyOf(wire);
        assertEquals(story, storyOf(copy));

        Map<String, Object> report = report(story);
        assertEquals("agency:reuters", originOf(report, wire), "the credited copy: " + report.get("articles"));
        assertEquals("agency:reuters", originOf(report, copy), "the uncredited copy of the same text");
        Map<String, Object> closure = groupHolding(report, wire, copy);
        assertEquals("SUPPORTS", positionOf(closure, wire).get("stance"), "" + closure);
        assertEquals("SUPPORTS", positionOf(closure, copy).get("stance"), "" + closure);
        assertEquals("agency:reuters", positionOf(closure, copy).get("origin"));
        assertEquals("SINGLE_SOURCE", closure.get("status"), "two outlets, one origin: " + closure);

        UUID own = deliver(article("Severn tunnel shuts for repairs from March", OWN_REPORT, "Welsh Ledger",
                "2025-02-04T12:00:00Z"));
        awaitAnalysed(own);
        assertEquals(story, storyOf(own));
        report = report(story);
        assertEquals(own.toString(), originOf(report, own), "an independent report is its own origin");
        assertNotEquals(originOf(report, wire), originOf(report, own));
        closure = groupHolding(report, wire, copy, own);
        assertEquals("SUPPORTS", positionOf(closure, own).get("stance"), "" + closure);
        assertEquals("CORROBORATED", closure.get("status"), "two origins from different outlets: " + closure);
    }

    private static Map<String, Object> report(String story) {
        return given().get("/stories/" + story).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static String originOf(Map<String, Object> report, UUID article) {
        return ((List<Map<String, Object>>) report.get("articles")).stream()
                .filter(a -> article.toString().equals(a.get("id"))).map(a -> (String) a.get("origin"))
                .findFirst().orElseThrow(() -> new AssertionError("article " + article + " not in " + report));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> groupHolding(Map<String, Object> report, UUID... articles) {
        List<Map<String, Object>> groups = (List<Map<String, Object>>) report.get("claims");
        return groups.stream()
                .filter(g -> List.of(articles).stream().allMatch(a -> positionOf(g, a) != null))
                .filter(g -> ((String) g.get("statement")).contains("close"))
                .findFirst().orElseThrow(() -> new AssertionError("no closure group holds all of " + List.of(articles)
                        + ": " + groups));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positionOf(Map<String, Object> group, UUID articleId) {
        return ((List<Map<String, Object>>) group.get("positions")).stream()
                .filter(p -> articleId.toString().equals(p.get("articleId")))
                .findFirst().orElse(null);
    }
}
