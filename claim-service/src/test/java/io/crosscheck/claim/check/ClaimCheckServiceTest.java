package io.crosscheck.claim.check;

import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Polarity;
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

    private static StoredClaim claim(Polarity polarity, boolean hedged) {
        StoredClaim claim = new StoredClaim();
        claim.polarity = polarity;
        claim.hedged = hedged;
        claim.attribution = Attribution.NONE;
        claim.text = "The Kremlin received a letter.";
        return claim;
    }
}
