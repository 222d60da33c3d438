package io.crosscheck.claim.check;

import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.stance.Stance;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a stored claim stands toward a checked one. */
class ClaimCheckServiceTest {

    @Test
    void aClaimThatNegatesOrCallsSomethingFalseIsANegation() {
        assertTrue(ClaimCheckService.negates("The Kremlin didn't receive a letter"));
        assertTrue(ClaimCheckService.negates("Reports of a letter are FALSE"));
        assertTrue(ClaimCheckService.negates("Peskov denies that a letter arrived"));
        assertFalse(ClaimCheckService.negates("The Kremlin received a letter from Tehran"));
        assertFalse(ClaimCheckService.negates("Notes were delivered"), "a word that starts like a negation is none");
    }

    @Test
    void agreementIsBothAffirmingOrBothNegatingAndHedgedOrRelayedDiscusses() {
        assertEquals(PositionStance.SUPPORTS, ClaimCheckService.stance(claim(Polarity.AFFIRMS, false), false));
        assertEquals(PositionStance.DENIES, ClaimCheckService.stance(claim(Polarity.DENIES, false), false));
        assertEquals(PositionStance.DENIES, ClaimCheckService.stance(claim(Polarity.AFFIRMS, false), true));
        assertEquals(PositionStance.SUPPORTS, ClaimCheckService.stance(claim(Polarity.DENIES, false), true));
        assertEquals(PositionStance.DISCUSSES, ClaimCheckService.stance(claim(Polarity.AFFIRMS, true), false));
    }

    @Test
    void theEnginesReadingTowardTheMatchedGroupDecidesWhenThereIsOne() {
        StoredClaim own = claim(Polarity.AFFIRMS, false);
        EngineReading denies = new EngineReading(Stance.DENIES, 0.8, "Officials said no letter was handed over.");
        assertEquals(PositionStance.DENIES, ClaimCheckService.stance(own, false, denies, true),
                "the article denies the group's fact elsewhere than in the matched claim");
        assertEquals(PositionStance.SUPPORTS, ClaimCheckService.stance(own, true, denies, true),
                "checking the negation: an article denying the fact agrees");
        assertEquals(PositionStance.DISCUSSES,
                ClaimCheckService.stance(own, false, new EngineReading(Stance.DISCUSSES, 0.6, null), true));
        assertEquals(PositionStance.DISCUSSES, ClaimCheckService.stance(claim(Polarity.AFFIRMS, true), false,
                new EngineReading(Stance.DISCUSSES, 0.6, null), true), "hedged support is discussion here");
        assertEquals(PositionStance.SUPPORTS, ClaimCheckService.stance(own, false, denies, false),
                "toward a group stating a denial the reading says nothing of the fact: the claim's polarity decides");
        assertEquals(PositionStance.SUPPORTS,
                ClaimCheckService.stance(own, false, new EngineReading(Stance.UNRELATED, 0.9, null), true));
    }

    private static StoredClaim claim(Polarity polarity, boolean hedged) {
        StoredClaim claim = new StoredClaim();
        claim.polarity = polarity;
        claim.hedged = hedged;
        claim.attribution = Attribution.NONE;
        claim.text = "The Kremlin received a letter.";
        return claim;
    }
}
