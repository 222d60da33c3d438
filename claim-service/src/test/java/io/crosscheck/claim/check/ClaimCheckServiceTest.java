package io.crosscheck.claim.check;

import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.ReceivedArticleRepository.SourceAndTitle;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.stance.Evidence;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.stance.StanceResult;
import java.util.List;
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

    @Test
    void theEnginesReadingTowardTheClaimItselfIsTheArticlesStance() {
        assertEquals(PositionStance.DENIES, ClaimCheckService.stance(
                new StanceResult(Stance.DENIES, 0.7, List.of(new Evidence("No letter arrived.", 0, 18)))));
        assertEquals(PositionStance.SUPPORTS, ClaimCheckService.stance(new StanceResult(Stance.SUPPORTS, 0.6, List.of())));
        assertEquals(PositionStance.DISCUSSES, ClaimCheckService.stance(new StanceResult(Stance.DISCUSSES, 0.5, List.of())));
    }

    @Test
    void theBestMatchesAreReadWhileTheirTextsFitTheBudgetSkippingOneThatWouldPassIt() {
        var first = java.util.UUID.randomUUID();
        var longest = java.util.UUID.randomUUID();
        var third = java.util.UUID.randomUUID();
        var gone = java.util.UUID.randomUUID();
        var lengths = java.util.Map.of(first, 400, longest, 2_000_000, third, 500);
        assertEquals(List.of(first, third),
                ClaimCheckService.withinBudget(List.of(first, longest, gone, third), lengths, 1_000));
        assertEquals(List.of(first), ClaimCheckService.withinBudget(List.of(first, third), lengths, 800));
        assertEquals(List.of(), ClaimCheckService.withinBudget(List.of(first, third), lengths, 0), "0: nothing is read");
    }

    @Test
    void theSentenceCarryingTheReadingIsShownFirstThenTheClosestClaimsEachOnce() {
        StoredClaim received = claim(Polarity.AFFIRMS, false);
        received.sentence = "The Kremlin received a letter.";
        received.spanStart = 40;
        received.spanEnd = 70;
        StoredClaim delivered = claim(Polarity.AFFIRMS, false);
        delivered.sentence = "It was delivered by an envoy.";
        delivered.spanStart = 71;
        delivered.spanEnd = 100;
        StoredClaim third = claim(Polarity.AFFIRMS, false);
        third.sentence = "Tehran confirmed it.";
        var scored = List.of(new ClaimCheckService.Scored(received, 0.9), new ClaimCheckService.Scored(delivered, 0.6),
                new ClaimCheckService.Scored(third, 0.5));
        StanceResult denial = new StanceResult(Stance.DENIES, 0.8,
                List.of(new Evidence("Peskov said no letter was received.", 0, 35)));

        var shown = ClaimCheckService.evidence(denial, scored);
        assertEquals(List.of("Peskov said no letter was received.", "The Kremlin received a letter.",
                "It was delivered by an envoy."), shown.stream().map(ClaimCheckService.Evidence::sentence).toList());
        assertEquals(0, shown.get(0).start());
        assertEquals(35, shown.get(0).end());

        StanceResult restating = new StanceResult(Stance.SUPPORTS, 0.8,
                List.of(new Evidence("The Kremlin received a letter.", 40, 70)));
        assertEquals(List.of("The Kremlin received a letter.", "It was delivered by an envoy.", "Tehran confirmed it."),
                ClaimCheckService.evidence(restating, scored).stream().map(ClaimCheckService.Evidence::sentence).toList(),
                "a sentence that is both the reading's and a claim's is shown once");
        assertEquals(3, ClaimCheckService.evidence(null, scored).size(), "not read: the closest claims");
    }

    @Test
    void theClaimsStoriesAreTheBestMatchsAndThoseCloseBehindIt() {
        java.util.UUID kremlin = java.util.UUID.randomUUID();
        java.util.UUID summit = java.util.UUID.randomUUID();
        java.util.UUID other = java.util.UUID.randomUUID();
        var ranked = java.util.List.of(matched(0.82), matched(0.79), matched(0.60));
        var shown = java.util.Map.of(
                ranked.get(0).get(0).claim().articleId, new SourceAndTitle("Wire", "Letter", kremlin),
                ranked.get(1).get(0).claim().articleId, new SourceAndTitle("Post", "Summit", summit),
                ranked.get(2).get(0).claim().articleId, new SourceAndTitle("Times", "Other", other));
        assertEquals(java.util.Set.of(kremlin, summit), ClaimCheckService.claimStories(ranked, shown));
        var far = matched(0.45);
        assertEquals(java.util.Set.of(), ClaimCheckService.claimStories(java.util.List.of(far),
                java.util.Map.of(far.get(0).claim().articleId, new SourceAndTitle("Wire", "Letter", kremlin))),
                "no claim close enough: no story is the claim's");
    }

    @Test
    void inTheClaimsStoriesALooserMatchAnswersElsewhereOnlyARestatement() {
        assertTrue(ClaimCheckService.answers(0.35, true));
        assertFalse(ClaimCheckService.answers(0.6, false), "a related claim in another event's story");
        assertTrue(ClaimCheckService.answers(0.75, false));
        assertFalse(ClaimCheckService.answers(0.25, true));
    }

    private static java.util.List<ClaimCheckService.Scored> matched(double similarity) {
        StoredClaim claim = claim(Polarity.AFFIRMS, false);
        claim.articleId = java.util.UUID.randomUUID();
        return java.util.List.of(new ClaimCheckService.Scored(claim, similarity));
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
