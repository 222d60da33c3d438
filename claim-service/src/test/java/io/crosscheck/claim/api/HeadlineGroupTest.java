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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's headline is a claim group of its own: stated by the first headline the story got, read toward by every
 * article filed into the story, shown even when no sentence of any article restates it.
 */
@QuarkusTest
class HeadlineGroupTest {

    /** An event no other test writes about. The headline's wording is in no body. */
    private static final String HEADLINE = "Crane topples onto cargo ship at Portwin harbour";
    private static final String FIRST = """
            A container crane fell onto the deck of the cargo ship Helga Marit at Portwin on Thursday morning, the \
            Portwin port authority said. Two dock workers were treated for minor injuries, the Portwin ambulance \
            service said.""";
    /** A label, not a headline: it states nothing, so it founds no group. */
    private static final String LABEL = "Live updates";
    private static final String SECOND = """
            The crane that fell onto the Helga Marit at Portwin had failed a safety inspection in May, the \
            dockworkers' union said on Thursday. The Portwin port authority said the crane had been repaired since.""";
    private static final String THIRD = """
            Portwin harbour reopened on Friday after the crane that fell onto the cargo ship Helga Marit was cut \
            apart and lifted off its deck, the Portwin port authority said.""";

    @Test
    void everyArticleOfTheStoryIsReadTowardItsFirstHeadline() {
        UUID first = deliver(article(HEADLINE, FIRST, "Harbour Gazette", "2025-12-04T09:00:00Z"));
        awaitAnalysed(first);
        UUID second = deliver(article(LABEL, SECOND, "Coastal Wire", "2025-12-04T15:00:00Z"));
        awaitAnalysed(second);
        UUID third = deliver(article("Portwin harbour reopens after crane accident", THIRD, "Portwin Daily",
                "2025-12-05T08:00:00Z"));
        awaitAnalysed(third);
        String story = storyOf(first);
        assertEquals(story, storyOf(second), "one event");
        assertEquals(story, storyOf(third), "one event");

        List<Map<String, Object>> groups = given().get("/stories/" + story).then().statusCode(200).extract()
                .jsonPath().getList("claims");
        List<Map<String, Object>> headlines = groups.stream().filter(g -> HEADLINE.equals(g.get("statement"))).toList();
        assertEquals(1, headlines.size(), "the first headline is one group: " + groups);
        assertTrue(groups.stream().noneMatch(g -> LABEL.equals(g.get("statement"))), "a label founds no group: " + groups);
        assertTrue(groups.stream().noneMatch(g -> ((String) g.get("statement")).startsWith("Portwin harbour reopens")),
                "a later headline does not found another: " + groups);

        Map<String, Object> headline = headlines.get(0);
        assertEquals(true, headline.get("headline"), "the report says which group is the headline");
        assertTrue(groups.stream().filter(g -> g != headline).noneMatch(g -> Boolean.TRUE.equals(g.get("headline"))));
        for (UUID article : List.of(first, second)) {
            Map<String, Object> position = positionOf(headline, article);
            assertNotNull(position, "every article of the story is read toward its headline: " + headline);
            assertNotEquals("DENIES", position.get("stance"), "no article denies the crane fell: " + headline);
            assertNotNull(position.get("evidence"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positionOf(Map<String, Object> group, UUID article) {
        return ((List<Map<String, Object>>) group.get("positions")).stream()
                .filter(p -> article.toString().equals(p.get("articleId"))).findFirst().orElse(null);
    }
}
