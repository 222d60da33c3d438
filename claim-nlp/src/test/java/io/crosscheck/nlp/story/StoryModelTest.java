package io.crosscheck.nlp.story;

import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learnt story model: its file, its probability and its threshold. */
class StoryModelTest {

    @Test
    void writtenAndReadBackItIsTheSameModel() throws IOException {
        StoryModel model = new StoryModel("test rumours", List.of("terms", "centroid"), new double[] {20, 5}, -10, 0.25);
        StringWriter out = new StringWriter();
        model.write(out);
        StoryModel read = StoryModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(model, read);
        assertEquals("test rumours", read.source());
    }

    @Test
    void theProbabilityIsLogisticInTheFeatures() {
        StoryModel model = new StoryModel("t", List.of("terms", "centroid"), new double[] {20, 5}, -10, 0.5);
        assertEquals(0.5, model.probability(new StoryEvidence(0.3, 0.8, 0)), 1e-9);
        assertTrue(model.admits(new StoryEvidence(0.35, 0.8, 0)));
        assertFalse(model.admits(new StoryEvidence(0.1, 0.9, 0)));
        assertTrue(model.withThreshold(0.01).admits(new StoryEvidence(0.1, 0.9, 0)));
    }

    @Test
    void anUnknownFeatureOrAMissingThresholdIsRefusedAtLoad() {
        assertThrows(IllegalArgumentException.class,
                () -> new StoryModel("t", List.of("words"), new double[] {1}, 0, 0.5));
        assertThrows(IOException.class, () -> StoryModel.read(new ByteArrayInputStream(
                "weight terms 1\nbias 0\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theCommittedModelLoadsAndTurnsAwayAnArticleSharingNoWords() {
        StoryModel model = StoryModel.loadDefault();
        assertTrue(model.readsStoryArticles());
        assertFalse(model.admits(new StoryEvidence(0, 0.5, 0.2, 0)));
        assertFalse(model.mayAdmit(new StoryEvidence(0, 0.5, 0.2)), "no nearest article makes up for no shared word");
        assertTrue(model.admits(new StoryEvidence(0.8, 0.9, 0.9, 0.8)), "most of its words and its meaning");
    }

    @Test
    void mayAdmitAsksWhetherAnyNearestArticleCouldTipIt() {
        StoryModel model = new StoryModel("t", List.of("terms", "nearest"), new double[] {20, 6}, -10, 0.5);
        assertFalse(model.admits(new StoryEvidence(0.3, 0, 0)));
        assertTrue(model.mayAdmit(new StoryEvidence(0.3, 0, 0)), "6 - 4 > 0 with a nearest article of 1");
        assertFalse(model.mayAdmit(new StoryEvidence(0.1, 0, 0)), "2 + 6 - 10 < 0 even then");
        assertTrue(model.admits(new StoryEvidence(0.3, 0, 0, 0.9)));
        assertFalse(new StoryModel("t", List.of("terms"), new double[] {20}, -10, 0.5).readsStoryArticles());
    }
}
