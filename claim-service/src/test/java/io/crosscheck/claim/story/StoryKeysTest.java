package io.crosscheck.claim.story;

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
}
