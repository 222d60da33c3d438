package io.crosscheck.claim.api;

import io.crosscheck.claim.story.StoryAssigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.crosscheck.claim.api.StoryFixtures.article;
import static io.crosscheck.claim.api.StoryFixtures.awaitAnalysed;
import static io.crosscheck.claim.api.StoryFixtures.deliver;
import static io.crosscheck.claim.api.StoryFixtures.storyOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story holding two events (here: two stories merged by hand, as a bridging article can chain them) is split: the
 * smaller event's articles move to a new story with their claims, the old id stays on the larger part, and both
 * reports name the split.
 */
@QuarkusTest
class StorySplitTest {

    /** Events no other test writes about, each told by several outlets in their own words. */
    private static final List<String> RESERVOIR = List.of("""
            The Quillmere reservoir dam near Hatterly sprang a leak on Tuesday, the Hatterly water board said. \
            Engineers lowered the Quillmere reservoir by two metres and closed the road across the dam.""", """
            Water board engineers in Hatterly drained part of the Quillmere reservoir on Tuesday after a leak was \
            found in its dam. The Hatterly dam road will stay closed while the Quillmere leak is repaired.""", """
            A leak in the Quillmere dam forced the Hatterly water board to lower the reservoir on Tuesday. The board \
            said the Quillmere reservoir posed no danger to Hatterly and the dam road would reopen within a week.""", """
            Hatterly residents were told on Tuesday that the leaking Quillmere dam was safe. The water board lowered             the reservoir and its engineers expect to seal the leak in the dam before the road across it reopens.""");
    private static final List<String> LIGHTHOUSE = List.of("""
            The Brackwater lighthouse was sold at auction on Thursday to a sailing club from Ostrey for 410,000 pounds, \
            the auctioneers Dunmore and Pike said.""", """
            A sailing club from Ostrey bought the Brackwater lighthouse for 410,000 pounds at an auction held by \
            Dunmore and Pike on Thursday; the club plans to open the Brackwater tower to visitors.""", """
            Ostrey's sailing club is the new owner of the Brackwater lighthouse: its bid of 410,000 pounds won the             Thursday auction run by Dunmore and Pike, and the club said the lighthouse would be open to visitors.""");

    @Inject
    StoryAssigner assigner;

    private static List<UUID> file(String title, List<String> texts, String sourcePrefix) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            UUID id = deliver(article(title, texts.get(i), sourcePrefix + " " + i, "2025-11-0" + (i + 3) + "T09:00:00Z"));
            awaitAnalysed(id);
            ids.add(id);
        }
        return ids;
    }

    @Test
    void aStoryOfTwoEventsIsSplitAndBothReportsSaySo() {
        List<UUID> reservoir = file("Leak at Quillmere reservoir dam", RESERVOIR, "Split Courier");
        List<UUID> lighthouse = file("Brackwater lighthouse sold at auction", LIGHTHOUSE, "Split Herald");
        String reservoirStory = storyOf(reservoir.get(0));
        String lighthouseStory = storyOf(lighthouse.get(0));
        assertEquals(Set.of(reservoirStory), reservoir.stream().map(StoryFixtures::storyOf).collect(Collectors.toSet()),
                "one event, one story");
        assertNotEquals(reservoirStory, lighthouseStory);
        QuarkusTransaction.requiringNew().run(() ->
                assigner.merge(UUID.fromString(reservoirStory), UUID.fromString(lighthouseStory), "a test chains them"));
        given().get("/stories/" + reservoirStory).then().statusCode(200).body("articles.size()", equalTo(7));

        Optional<UUID> split = QuarkusTransaction.requiringNew().call(() -> assigner.split(UUID.fromString(reservoirStory)));

        assertTrue(split.isPresent(), "the lighthouse sale is another event");
        String newStory = split.get().toString();
        JsonPath kept = given().get("/stories/" + reservoirStory).then().statusCode(200).extract().jsonPath();
        JsonPath moved = given().get("/stories/" + newStory).then().statusCode(200).extract().jsonPath();
        assertEquals(ids(reservoir), Set.copyOf(kept.getList("articles.id")), "the old id stays on the larger part");
        assertEquals(ids(lighthouse), Set.copyOf(moved.getList("articles.id")));
        lighthouse.forEach(id -> assertEquals(newStory, storyOf(id)));
        for (JsonPath report : List.of(kept, moved)) {
            assertEquals(List.of(reservoirStory), report.getList("splits.from"));
            assertEquals(List.of(newStory), report.getList("splits.into"));
            assertEquals(List.of(3), report.getList("splits.movedArticles"));
        }
        // Every position rests on an article of its own story: the claims moved with their articles.
        assertEquals(Set.of(), positionsOutside(kept, ids(reservoir)));
        assertEquals(Set.of(), positionsOutside(moved, ids(lighthouse)));
        assertFalse(moved.getList("claims").isEmpty(), "the lighthouse articles' claims are grouped in their story");
        assertTrue(moved.getList("claims.statement", String.class).stream().anyMatch(s -> s.contains("410,000")),
                "the sale's price is a fact of the new story: " + moved.getList("claims.statement"));
        assertFalse(kept.getList("claims.statement", String.class).stream().anyMatch(s -> s.contains("Brackwater")),
                "no fact of the lighthouse stays behind: " + kept.getList("claims.statement"));
    }

    /** One event, four outlets: the story keeps all four. */
    private static final List<String> ORCHARD = List.of("""
            Frost destroyed most of the apple blossom in the orchards around Pellworth on Sunday night, the Pellworth             growers' cooperative said.""", """
            Growers around Pellworth lost most of their apple blossom to a hard frost on Sunday night, their             cooperative said; the Pellworth apple harvest will be small this year.""", """
            A hard frost on Sunday night killed the apple blossom in Pellworth's orchards, according to the Pellworth             growers' cooperative.""", """
            The Pellworth growers' cooperative said Sunday night's frost ruined the apple blossom across the             Pellworth orchards.""");

    @Test
    void aStoryOfOneEventIsNotSplit() {
        List<UUID> orchard = file("Frost ruins Pellworth apple blossom", ORCHARD, "Orchard Gazette");
        String story = storyOf(orchard.get(0));
        assertEquals(Set.of(story), orchard.stream().map(StoryFixtures::storyOf).collect(Collectors.toSet()));

        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> assigner.split(UUID.fromString(story))));
        given().get("/stories/" + story).then().statusCode(200)
                .body("articles.size()", equalTo(4))
                .body("splits.size()", equalTo(0));
    }

    private static Set<String> ids(List<UUID> articles) {
        return articles.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    private static Set<String> positionsOutside(JsonPath report, Set<String> articles) {
        List<List<String>> perGroup = report.getList("claims.positions.articleId");
        return perGroup.stream().flatMap(List::stream).filter(id -> !articles.contains(id)).collect(Collectors.toSet());
    }
}
