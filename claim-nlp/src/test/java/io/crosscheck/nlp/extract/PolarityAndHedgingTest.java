package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.crosscheck.nlp.extract.SharedExtractor.claimContaining;
import static io.crosscheck.nlp.extract.SharedExtractor.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolarityAndHedgingTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 25);

    @Test
    void deniedThatGivesTheDeniedContent() {
        ExtractedClaim c = claimContaining(extract("The ministry spokesman Omar Haddad denied that troops had crossed the border.", DATE), "troops had crossed");
        assertEquals(Polarity.DENIES, c.polarity());
        assertEquals("Troops had crossed the border", c.text());
    }

    @Test
    void negatedMainClauseDenies() {
        ExtractedClaim c = claimContaining(extract("Putin did not receive a written message from Khamenei, Kremlin spokesman Dmitry Peskov said.", DATE), "did not receive");
        assertEquals(Polarity.DENIES, c.polarity());
        assertEquals("Dmitry Peskov", c.claimant().name());
    }

    @Test
    void reportsCalledUntrueAreDenied() {
        ExtractedClaim c = claimContaining(extract("Reports that the minister delivered a letter are not true, the Kremlin said.", DATE), "delivered a letter");
        assertEquals(Polarity.DENIES, c.polarity());
    }

    @Test
    void rejectedReportsAndDismissedClaimsDeny() {
        List<ExtractedClaim> claims = extract("The company rejected reports that it would cut 500 jobs. The mayor dismissed claims that the vote was rigged.", DATE);
        assertEquals(Polarity.DENIES, claimContaining(claims, "500 jobs").polarity());
        assertEquals(Polarity.DENIES, claimContaining(claims, "vote was rigged").polarity());
    }

    @Test
    void noBeforeANounDenies() {
        ExtractedClaim c = claimContaining(extract("No formal message was released by the government on Monday.", DATE), "formal message");
        assertEquals(Polarity.DENIES, c.polarity());
    }

    @Test
    void notOnlyDoesNotDeny() {
        ExtractedClaim c = claimContaining(extract("Tehran relies on Moscow not only as an ally but as a mediator in the Gulf.", DATE), "relies on Moscow");
        assertEquals(Polarity.AFFIRMS, c.polarity());
    }

    @Test
    void evidentialAdverbsAndModalsHedge() {
        ExtractedClaim c = claimContaining(extract("The appeal reportedly urged Moscow to use its influence in the region.", DATE), "urged Moscow");
        assertTrue(c.hedged());
        assertTrue(c.hedges().contains("reportedly"));
        ExtractedClaim may = claimContaining(extract("The strike may have damaged the Fordow facility, officials said.", DATE), "damaged");
        assertTrue(may.hedges().contains("may"));
    }

    @Test
    void sourcesSuggestIsAnAnonymousHedge() {
        ExtractedClaim c = claimContaining(extract("While details remain scarce, sources suggest Khamenei expressed deep dissatisfaction with Moscow.", DATE), "dissatisfaction");
        assertEquals(Attribution.ANONYMOUS, c.attribution());
        assertTrue(c.hedges().contains("sources suggest"), c.hedges().toString());
    }

    @Test
    void raisingVerbsAndUncertaintyHedge() {
        List<ExtractedClaim> claims = extract("The activist is believed to be held in the capital. It is unclear whether he has been charged with a crime.", DATE);
        assertTrue(claimContaining(claims, "held in the capital").hedges().contains("is believed to"));
        assertTrue(claimContaining(claims, "charged").hedges().contains("it is unclear"));
    }

    @Test
    void plainFactsAreNotHedged() {
        ExtractedClaim c = claimContaining(extract("The central bank raised its main rate by 50 basis points on Thursday.", DATE), "raised");
        assertFalse(c.hedged());
    }
}
