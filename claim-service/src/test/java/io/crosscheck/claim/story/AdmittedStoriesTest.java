package io.crosscheck.claim.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which of the stories an article could join are the same event as the one it joins. */
class AdmittedStoriesTest {

    private static final UUID CHOSEN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID CLOSE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID APART = UUID.fromString("00000000-0000-0000-0000-000000000003");

    @Test
    void storiesAreComparedByDirectionNotBySizeOfTheirCentroidSums() {
        // Sums of 40, 3 and 25 articles: a raw dot product of sums would exceed any cosine threshold.
        var admitted = new StoryAssigner.Admitted(List.of(CHOSEN, CLOSE, APART), Map.of(
                CHOSEN, new float[] {40f, 0f, 0f},
                CLOSE, new float[] {2.9f, 0.4f, 0f},
                APART, new float[] {15f, 20f, 0f}));

        assertEquals(List.of(CLOSE), admitted.sameEventAs(CHOSEN, 0.9));
        assertEquals(0.6, admitted.cosine(CHOSEN, APART), 1e-6);
    }

    @Test
    void aStoryWithoutACentroidIsTheSameEventAsNothing() {
        var admitted = new StoryAssigner.Admitted(List.of(CHOSEN, CLOSE), Map.of(CLOSE, new float[] {1f, 0f, 0f}));

        assertEquals(List.of(), admitted.sameEventAs(CHOSEN, 0.5));
    }

    @Test
    void mergingIsOffAboveOne() {
        var admitted = new StoryAssigner.Admitted(List.of(CHOSEN, CLOSE), Map.of(
                CHOSEN, new float[] {1f, 0f}, CLOSE, new float[] {3f, 0f}));

        assertEquals(List.of(), admitted.sameEventAs(CHOSEN, 1.01));
        assertEquals(List.of(CLOSE), admitted.sameEventAs(CHOSEN, 0.99));
    }
}
