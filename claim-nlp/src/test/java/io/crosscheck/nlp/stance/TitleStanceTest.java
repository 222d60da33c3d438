package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.embed.SentenceEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headline-only articles go to the title model, every other article to the body model exactly as before; headlines
 * and claims written for this test (none taken from a data set).
 */
class TitleStanceTest {
    private static StanceClassifier product;
    private static StanceClassifier bodyOnly;
    private static TitleStanceModel titleModel;
    private static StanceModel bodyModel;

    private static final String BRIDGE = "The old railway bridge over the Marne collapsed on Monday.";

    @BeforeAll
    static void load() throws Exception {
        SentenceEncoder encoder = new MiniLmSentenceEncoder();
        try (InputStream in = StanceClassifier.class.getResourceAsStream(StanceClassifier.MODEL_RESOURCE)) {
            bodyModel = StanceModel.read(in);
        }
        titleModel = StanceClassifier.loadTitleModel();
        product = StanceClassifier.load(encoder);
        bodyOnly = StanceClassifier.create(bodyModel, encoder, true);
    }

    @Test
    void aHeadlineIsATextThatSaysTheTitlesWords() {
        StancePipeline pipeline = product.pipeline();
        String title = "Railway bridge over the Marne collapses";
        assertTrue(pipeline.analyzeArticle(title, title).isHeadlineOnly());
        assertTrue(pipeline.analyzeArticle(title, "  railway bridge over the Marne collapses.\n").isHeadlineOnly(),
                "case, spacing and punctuation aside");
        assertFalse(pipeline.analyzeArticle(null, title).isHeadlineOnly(), "a text without a title is a body");
        assertFalse(pipeline.analyzeArticle(title, title + " Nobody was hurt, the prefecture said.").isHeadlineOnly(),
                "any text beyond the title is a body");
        assertFalse(pipeline.analyzeArticle(title, "Nobody was hurt.").isHeadlineOnly());
    }

    @Test
    void aBodyIsReadByTheBodyModelExactlyAsBefore() {
        String text = "The old railway bridge over the Marne collapsed on Monday morning, hours after inspectors had "
                + "closed it to trains. Nobody was hurt, the prefecture said. Engineers blamed the spring floods.";
        StanceResult withTitleModel = product.classify(BRIDGE, "Marne railway bridge collapses", text);
        StanceResult without = bodyOnly.classify(BRIDGE, "Marne railway bridge collapses", text);
        assertEquals(without, withTitleModel);
    }

    @Test
    void aHeadlineIsReadByTheTitleModelOnceTheBodyModelCallsItRelated() {
        String headline = "Railway bridge over the Marne collapses after spring floods";
        AnalyzedClaim claim = product.pipeline().analyzeClaim(BRIDGE);
        AnalyzedArticle article = product.pipeline().analyzeArticle(headline, headline);
        double[] body = bodyModel.trees().probabilities(StanceFeatures.compute(claim, article));
        assertTrue(StanceDecision.decide(body).isRelated(), "the body model calls it related");
        double[] q = titleModel.probabilities(TitleStanceFeatures.compute(claim, article, body));

        StanceResult r = product.classify(claim, article);
        assertEquals(q[r.stance().ordinal()] * (1 - body[Stance.UNRELATED.ordinal()]), r.confidence(), 1e-12,
                "the title model's probability times the body model's relatedness");
        for (double p : q) {
            assertTrue(p <= q[r.stance().ordinal()], "the title model's most probable class");
        }
    }

    @Test
    void aHeadlineCallingTheClaimAHoaxDenies() {
        String headline = "Marne bridge collapse photos are a hoax, rail operator says";
        assertEquals(Stance.DENIES, headline(BRIDGE, headline).stance());
    }

    @Test
    void aHeadlineSayingItDidNotHappenDenies() {
        String claim = "Chancellor Weber resigned over the pension scandal.";
        String headline = "Weber has not resigned, chancellery insists";
        assertEquals(Stance.DENIES, headline(claim, headline).stance());
    }

    @Test
    void aHeadlineStatingTheClaimSupports() {
        String headline = "Old railway bridge over the Marne collapses into the river";
        StanceResult r = headline(BRIDGE, headline);
        assertEquals(Stance.SUPPORTS, r.stance(), r::toString);
        assertEquals(1, r.evidence().size(), "the headline is its own evidence");
        assertEquals(headline, r.evidence().get(0).sentence());
    }

    @Test
    void aHeadlineAskingDiscusses() {
        String headline = "Did the old Marne railway bridge really collapse?";
        assertEquals(Stance.DISCUSSES, headline(BRIDGE, headline).stance());
    }

    @Test
    void aHeadlineRelayingAnUnconfirmedReportDiscusses() {
        String headline = "Marne railway bridge reportedly collapsed, according to unconfirmed posts";
        assertEquals(Stance.DISCUSSES, headline(BRIDGE, headline).stance());
    }

    @Test
    void anUnrelatedHeadlineStaysUnrelated() {
        String headline = "Village bakery wins national prize for its rye bread";
        StanceResult r = headline(BRIDGE, headline);
        assertEquals(Stance.UNRELATED, r.stance(), r::toString);
        assertTrue(r.evidence().isEmpty());
    }

    @Test
    void theCommittedTitleModelReadsItsOwnFeatures() {
        assertEquals(TitleStanceFeatures.NAMES, titleModel.featureNames());
        assertTrue(titleModel.source().contains("Emergent"), titleModel.source());
        double[] p = titleModel.probabilities(new double[TitleStanceFeatures.NAMES.size()]);
        assertEquals(TitleStanceModel.CLASSES, p.length);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        assertArrayEquals(p, titleModel.probabilities(new double[TitleStanceFeatures.NAMES.size()]));
    }

    /** As POST /stance gets a headline alone: as title and as text. */
    private static StanceResult headline(String claim, String headline) {
        return product.classify(claim, headline, headline);
    }
}
