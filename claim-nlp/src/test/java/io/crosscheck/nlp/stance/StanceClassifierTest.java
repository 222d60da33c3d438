package io.crosscheck.nlp.stance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed model on texts written for these tests (none taken from a data set). */
class StanceClassifierTest {
    private static StanceClassifier classifier;

    private static final String RATE_CLAIM = "The central bank raised interest rates by 50 basis points.";

    private static final String AFFIRMING = "The central bank raised its benchmark interest rate by 50 basis points on "
            + "Wednesday, its largest increase in two decades.\n"
            + "Governor Elena Marsh said the half-point hike was needed to bring inflation back to target. "
            + "The decision was unanimous. Bond yields rose after the announcement, and the currency "
            + "strengthened against the dollar.";

    private static final String DENYING = "The central bank on Wednesday denied that it had raised interest rates "
            + "by 50 basis points, calling the reports false. "
            + "A spokesperson said the benchmark rate remains unchanged at 4.25 percent. "
            + "Posts on social media about a half-point increase had been shared thousands of times since Tuesday. "
            + "\"There was no rate decision this week,\" the spokesperson said.";

    private static final String HEDGING = "The central bank is reportedly considering raising interest rates by 50 "
            + "basis points, according to people familiar with the discussions. "
            + "Analysts said such a move could be the largest increase in two decades. "
            + "Officials are expected to announce a decision next week, and some economists believe a smaller "
            + "increase is more likely.";

    private static final String FOOTBALL = "Riverside United beat Northgate 3-1 on Sunday, with two late goals from "
            + "their young striker. The manager praised his team's discipline after a difficult start to the season. "
            + "Fans celebrated long into the night as the club moved up to fourth in the table.";

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        classifier = StanceClassifier.load();
        // Reported, not asserted: timing depends on the machine and its load.
        System.out.printf("StanceClassifier.load() took %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void affirmingTextSupports() {
        StanceResult r = classifier.classify(RATE_CLAIM, null, AFFIRMING);
        assertEquals(Stance.SUPPORTS, r.stance(), r::toString);
        assertEvidenceInText(r, AFFIRMING);
        assertFalse(r.evidence().isEmpty());
        assertTrue(r.evidence().get(0).sentence().contains("50 basis points"), r::toString);
    }

    @Test
    void denyingTextDenies() {
        StanceResult r = classifier.classify(RATE_CLAIM, null, DENYING);
        assertEquals(Stance.DENIES, r.stance(), r::toString);
        assertEvidenceInText(r, DENYING);
        assertTrue(r.evidence().get(0).sentence().contains("denied"), "the refuting sentence comes first: " + r);
    }

    @Test
    void hedgingTextDiscusses() {
        StanceResult r = classifier.classify(RATE_CLAIM, null, HEDGING);
        assertEquals(Stance.DISCUSSES, r.stance(), r::toString);
        assertEvidenceInText(r, HEDGING);
    }

    @Test
    void footballIsUnrelated() {
        StanceResult r = classifier.classify(RATE_CLAIM, null, FOOTBALL);
        assertEquals(Stance.UNRELATED, r.stance(), r::toString);
        assertTrue(r.evidence().isEmpty());
    }

    @Test
    void explicitDenialOfAnAccusationDenies() {
        String claim = "Mayor Tom Reyes accepted a bribe from a construction company.";
        String text = "Mayor Tom Reyes denied that he accepted a bribe from a construction company, saying the "
                + "accusation was politically motivated.\n"
                + "The allegation first appeared in an anonymous letter sent to local newspapers last month. "
                + "Reyes said he had never met the company's owners and would cooperate with any inquiry. "
                + "The city council will discuss the letter at its next meeting.";
        StanceResult r = classifier.classify(claim, "Mayor rejects bribery accusation", text);
        assertEquals(Stance.DENIES, r.stance(), r::toString);
        assertEvidenceInText(r, text);
    }

    @Test
    void didNotDenies() {
        String claim = "Orbis Motors laid off 2,000 workers in March.";
        String text = "Orbis Motors did not lay off 2,000 workers in March, the carmaker said on Friday, responding "
                + "to a post that spread widely online. "
                + "The company said its workforce has grown by 300 people this year. "
                + "A union representative confirmed that no jobs had been cut at the plant.";
        StanceResult r = classifier.classify(claim, null, text);
        assertEquals(Stance.DENIES, r.stance(), r::toString);
        assertEvidenceInText(r, text);
    }

    @Test
    void areNotTrueDenies() {
        String claim = "Drinking hot water cures the flu.";
        String text = "Health officials said on Monday that claims that drinking hot water cures the flu are not "
                + "true. The posts, shared widely on messaging apps, cite no studies. "
                + "Doctors recommend rest, fluids and, for people at risk, antiviral medicine. "
                + "Warm drinks can soothe a sore throat but do not kill the virus, the health ministry said.";
        StanceResult r = classifier.classify(claim, null, text);
        assertEquals(Stance.DENIES, r.stance(), r::toString);
        assertEvidenceInText(r, text);
    }

    @Test
    void titleIsUsedButNeverEvidence() {
        StanceResult r = classifier.classify(RATE_CLAIM, "Central bank lifts rates by half a point", AFFIRMING);
        assertTrue(r.stance().isRelated(), r::toString);
        assertEvidenceInText(r, AFFIRMING);
    }

    @Test
    void blankTextIsUnrelatedAndBlankClaimIsRejected() {
        assertEquals(Stance.UNRELATED, classifier.classify(RATE_CLAIM, null, "  ").stance());
        assertThrows(IllegalArgumentException.class, () -> classifier.classify(" ", null, AFFIRMING));
    }

    @Test
    void confidenceIsAProbability() {
        StanceResult r = classifier.classify(RATE_CLAIM, null, AFFIRMING);
        assertTrue(r.confidence() > 0 && r.confidence() <= 1, r::toString);
    }

    @Test
    void reportsCalledFalseDeny() {
        String claim = "The housing minister resigned over the flats scandal.";
        String text = "The housing minister said on Friday that reports of her resignation over the flats scandal "
                + "were false. \"I am not going anywhere,\" she told a radio station. "
                + "Opposition parties have called on her to step down over the allocation of public flats.";
        StanceResult r = classifier.classify(claim, null, text);
        assertEquals(Stance.DENIES, r.stance(), r::toString);
        assertTrue(r.evidence().get(0).sentence().contains("were false"), r::toString);
    }

    @Test
    void officialFigureReportedPlainlySupports() {
        String claim = "Unemployment fell to 3.9 percent in October.";
        String text = "The unemployment rate fell to 3.9 percent in October from 4.1 percent a month earlier, "
                + "the statistics office said on Friday. Employers added 180,000 jobs, more than economists had "
                + "expected.";
        StanceResult r = classifier.classify(claim, null, text);
        assertEquals(Stance.SUPPORTS, r.stance(), r::toString);
    }

    @Test
    void anUnrelatedNegationDoesNotMakeADenial() {
        String claim = "Orbis Motors will build a battery plant in Ohio.";
        String text = "Orbis Motors will build a $2 billion battery plant in Ohio, the company announced on "
                + "Tuesday. Construction is due to start next spring near Columbus. The governor welcomed the "
                + "investment. The company did not say how many workers it would hire.";
        StanceResult r = classifier.classify(claim, null, text);
        assertEquals(Stance.SUPPORTS, r.stance(), r::toString);
    }

    @Test
    void aNegationOfSomethingElseNearTheClaimsWordsIsNoDenial() {
        String claim = "A lorry crashed through the gates of the Palmer Stadium on Sunday night.";
        String text = "A lorry crashed through the gates of the Palmer Stadium on Sunday night, police said. "
                + "The club's chairman was not at the Palmer Stadium when the lorry hit the gates. "
                + "Nobody was hurt, and the driver was arrested at the scene.";
        StanceResult r = classifier.classify(claim, null, text);
        assertNotEquals(Stance.DENIES, r.stance(), r::toString);
    }

    @Test
    void aNegatedOtherVerbInAConfirmationIsNoDenial() {
        String claim = "The singer's lakeside villa has been put up for sale.";
        String text = "The estate agent confirmed the listing on Monday: \"The villa belonged to the singer, but "
                + "he doesn't need a lakeside villa any more.\" The asking price was not disclosed.";
        StanceResult r = classifier.classify(claim, null, text);
        assertNotEquals(Stance.DENIES, r.stance(), r::toString);
    }

    /** Every evidence sentence is exactly the text at its offsets. */
    private static void assertEvidenceInText(StanceResult r, String text) {
        for (Evidence e : r.evidence()) {
            assertTrue(e.start() >= 0 && e.end() <= text.length() && e.start() < e.end(), e::toString);
            assertEquals(e.sentence(), text.substring(e.start(), e.end()));
        }
    }
}
