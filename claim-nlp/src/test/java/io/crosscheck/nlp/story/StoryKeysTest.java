package io.crosscheck.nlp.story;

import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.EntityType;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an article shares with others about the same event. */
class StoryKeysTest {

    @Test
    void peopleMeetBySurnameAndOrganisationsWithoutTheArticle() {
        Set<String> keys = StoryKeys.of(null, List.of(new Entity("Mara Kell", EntityType.PERSON),
                new Entity("the Transport Board", EntityType.ORGANIZATION),
                new Entity("Northfield's", EntityType.LOCATION)));
        assertEquals(Set.of("p:kell", "o:transport board", "l:northfield"), keys);
    }

    @Test
    void titleWordsAreStemmedAndShortOrCommonWordsLeftOut() {
        Set<String> keys = StoryKeys.of("Bridge closures: city denies reports of cracks", List.of());
        assertEquals(Set.of("t:bridge", "t:closure", "t:city", "t:deny", "t:crack"), keys);
    }

    @Test
    void entityKeysAreTellFromTitleKeys() {
        assertTrue(StoryKeys.isEntityKey("p:kell"));
        assertFalse(StoryKeys.isEntityKey("t:bridge"));
    }

    @Test
    void aStorySharingARareKeyScoresAboveOneSharingACommonOne() {
        Set<String> keys = Set.of("p:kell", "l:northfield", "t:bridge");
        var storiesWithKey = java.util.Map.of("p:kell", 1L, "l:northfield", 9L);
        double rare = StoryKeys.score(keys, List.of("p:kell"), storiesWithKey, 10);
        double common = StoryKeys.score(keys, List.of("l:northfield"), storiesWithKey, 10);
        assertTrue(rare > common);
        assertEquals(1.0, StoryKeys.score(keys, List.copyOf(keys), storiesWithKey, 10), 1e-9);
        assertEquals(1 + Math.log(11), StoryKeys.inverseStoryFrequency(Set.of("p:osei"), storiesWithKey, 10).get("p:osei"), 1e-9);
    }
}
