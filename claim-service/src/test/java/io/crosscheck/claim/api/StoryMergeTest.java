package io.crosscheck.claim.api;

import io.crosscheck.claim.story.StoryAssigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.crosscheck.claim.api.StoryFixtures.article;
import static io.crosscheck.claim.api.StoryFixtures.awaitAnalysed;
import static io.crosscheck.claim.api.StoryFixtures.deliver;
import static io.crosscheck.claim.api.StoryFixtures.storyOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two stories merged into one: the articles, claims and groups move, and the merged id stays resolvable with a 308
 * naming the story it joined, also after that story is merged in turn.
 */
@QuarkusTest
class StoryMergeTest {

    /** Events no other test writes about, so that each opens a story of its own. */
    private static final String THEFT = """
            Thieves stole three paintings from the Corbridge Museum of Art early on Sunday, police in Corbridge said. \
            The museum's director said the works by Anna Velde were worth about 2 million euros.""";
    private static final String FERRY = """
            Ferry crews in Lornport walked out on Tuesday in a dispute over night shifts, the Lornport seafarers' union \
            said. The harbour authority said 14 crossings to the islands were cancelled.""";

    private static final String WILDFIRE = """
            A wildfire burned 300 hectares of forest near Ashvale on Wednesday, the Ashvale fire brigade said. \
            About 40 residents of two villages were moved to a school overnight.""";
    private static final String RULING = """
            The high court in Penmarsh struck down the city's ban on street vendors on Friday, the court's clerk said. \
            Judge Ilse Brandt ruled that the ban had been passed without a public consultation.""";
    private static final String ZOO = """
            Greyholm Zoo announced on Monday the birth of twin snow leopard cubs, the first in its 60-year history. \
            Keepers said the cubs and their mother were healthy.""";

    @Inject
    StoryAssigner assigner;

    private static String storyOfNewArticle(String title, String text, String source) {
        UUID id = deliver(article(title, text, source, "2025-08-04T09:00:00Z"));
        awaitAnalysed(id);
        return storyOf(id);
    }

    @Test
    void aMergedStoryAnswers308WithTheStoryItJoinedAndItsArticlesMoveThere() {
        String theft = storyOfNewArticle("Paintings stolen from Corbridge museum", THEFT, "Merge Courier");
        String ferry = storyOfNewArticle("Lornport ferry crews strike", FERRY, "Merge Herald");
        assertNotEquals(theft, ferry);

        QuarkusTransaction.requiringNew().run(() ->
                assigner.merge(UUID.fromString(theft), UUID.fromString(ferry), "a test says so"));

        given().redirects().follow(false).get("/stories/" + ferry).then()
                .statusCode(308)
                .header("Location", endsWith("/stories/" + theft))
                .contentType("application/problem+json")
                .body("status", equalTo(308))
                .body("detail", containsString(theft));
        given().get("/stories/" + theft).then().statusCode(200)
                .body("articles.size()", equalTo(2))
                .body("articles.source", hasItems("Merge Courier", "Merge Herald"));
        given().get("/stories?size=100").then().statusCode(200).body("items.id", not(hasItems(ferry)));
    }

    @Test
    void aRedirectFollowsItsStoryWhenThatIsMergedInTurn() {
        String first = storyOfNewArticle("Wildfire near Ashvale", WILDFIRE, "Chain Courier");
        String second = storyOfNewArticle("Penmarsh court strikes down vendor ban", RULING, "Chain Herald");
        String third = storyOfNewArticle("Snow leopard twins at Greyholm Zoo", ZOO, "Chain Post");
        assertEquals(3, List.of(first, second, third).stream().distinct().count());

        QuarkusTransaction.requiringNew().run(() -> assigner.merge(UUID.fromString(second), UUID.fromString(first), "test"));
        QuarkusTransaction.requiringNew().run(() -> assigner.merge(UUID.fromString(third), UUID.fromString(second), "test"));

        given().redirects().follow(false).get("/stories/" + first).then()
                .statusCode(308).header("Location", endsWith("/stories/" + third));
        given().redirects().follow(false).get("/stories/" + second).then()
                .statusCode(308).header("Location", endsWith("/stories/" + third));
        given().get("/stories/" + third).then().statusCode(200).body("articles.size()", equalTo(3));
    }

    /** Two events in one town six weeks apart (beyond the story window); each report ends on the same fact. */
    private static final String CLOSURE = "The Galloway Gallery in Tressel will stay closed until the end of the month, "
            + "its director Ruth Amsel said.";
    private static final String GALLERY_THEFT = "Burglars broke in through a skylight on Sunday night and took three "
            + "bronze statues, police said. " + CLOSURE;
    private static final String WATER_MAIN = "A water main burst under the market square of Tressel on Monday morning "
            + "and flooded six shops, the Tressel water board said. " + CLOSURE;

    @Test
    void aFactBothMergedStoriesHeldIsOneGroupWithBothPositions() {
        UUID theftArticle = deliver(article("Statues stolen from Tressel gallery", GALLERY_THEFT, "Tressel Courier",
                "2025-09-01T08:00:00Z"));
        awaitAnalysed(theftArticle);
        UUID floodArticle = deliver(article("Water main floods Tressel market square", WATER_MAIN, "Valley Wire",
                "2025-10-15T09:00:00Z"));
        awaitAnalysed(floodArticle);
        String theft = storyOf(theftArticle);
        String flood = storyOf(floodArticle);
        assertNotEquals(theft, flood, "two events, two stories, each with a group stating the closure");

        QuarkusTransaction.requiringNew().run(() ->
                assigner.merge(UUID.fromString(theft), UUID.fromString(flood), "a test says so"));

        List<Map<String, Object>> closures = given().get("/stories/" + theft).then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("claims").stream()
                .filter(g -> ((String) g.get("statement")).contains("stay closed until the end of the month")).toList();
        assertEquals(1, closures.size(), "one fact, one group: " + closures);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> positions = (List<Map<String, Object>>) closures.get(0).get("positions");
        assertEquals(Set.of(theftArticle.toString(), floodArticle.toString()),
                positions.stream().map(p -> (String) p.get("articleId")).collect(Collectors.toSet()));
        assertEquals("CORROBORATED", closures.get(0).get("status"), "two sources state it: " + closures.get(0));
    }

    @Test
    void anUnknownStoryIsStill404() {
        given().get("/stories/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
