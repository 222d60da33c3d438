package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.story.report.ConflictKind;
import io.crosscheck.claim.story.report.Position;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.stance.Stance;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an article's position combines its extracted claims with the stance engine's reading of the whole article. */
class GroupAssessorTest {

    private static final String FACT = "The Harbour Bridge was closed on Friday after cracks were found.";

    @Test
    void withoutAReadingTheExtractionDecides() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        assertEquals(PositionStance.SUPPORTS, only(GroupAssessor.assess(members(own))).stance());
    }

    @Test
    void aNegatedMemberIsNoDenialWhenTheEngineReadsTheArticleAsSupport() {
        // "No one was hurt" negates something else: the engine, reading the whole article toward the statement, decides.
        StoredClaim negated = claim(Attribution.NONE, null, null, Polarity.DENIES,
                "The bridge was closed on Friday and no one was hurt.");
        assertEquals(PositionStance.SUPPORTS,
                only(GroupAssessor.assess(members(negated), reading(negated, Stance.SUPPORTS, null), true)).stance());
        assertEquals(PositionStance.DISCUSSES,
                only(GroupAssessor.assess(members(negated), reading(negated, Stance.UNRELATED, null), true)).stance(),
                "a negation the engine cannot tie to the statement is no denial");
    }

    @Test
    void aDenialTheEngineReadsKeepsTheDenyingMembersClaimant() {
        StoredClaim denial = claim(Attribution.INDIRECT, "Mara Kell", "city engineer", Polarity.DENIES,
                "The bridge was not closed, city engineer Mara Kell said.");
        Position position = only(GroupAssessor.assess(members(denial), reading(denial, Stance.DENIES, null), true));
        assertEquals(PositionStance.DENIES, position.stance());
        assertEquals("Mara Kell", position.claimant().name());
    }

    @Test
    void aDenialStandsOnlyWhereTheArticleAlsoDeniesTheStorysHeadline() {
        StoredClaim member = claim(Attribution.NONE, null, null, Polarity.AFFIRMS,
                "The bridge was closed on Friday, and the mayor was not at the scene.");
        Map<UUID, EngineReading> denies = reading(member, Stance.DENIES, "The mayor was not at the scene.");
        Map<UUID, EngineReading> headlineDenied = reading(member, Stance.DENIES, "Reports of a closure are false.");
        Map<UUID, EngineReading> headlineDiscussed = reading(member, Stance.DISCUSSES, null);
        assertEquals(PositionStance.DENIES, only(GroupAssessor.assess(members(member),
                GroupAssessor.backedByHeadline(denies, headlineDenied), true)).stance());
        Position unbacked = only(GroupAssessor.assess(members(member),
                GroupAssessor.backedByHeadline(denies, headlineDiscussed), true));
        assertEquals(PositionStance.DISCUSSES, unbacked.stance(), "a negation about something else is no denial of the story");
        assertEquals(PositionStance.DISCUSSES, only(GroupAssessor.assess(members(member),
                GroupAssessor.backedByHeadline(denies, Map.of()), true)).stance(), "a story without a headline backs none");
        Map<UUID, EngineReading> supports = reading(member, Stance.SUPPORTS, null);
        assertEquals(supports, GroupAssessor.backedByHeadline(supports, Map.of()), "other readings stand as they are");
    }

    @Test
    void repeatingANegatedStatementAgreesWithIt() {
        StoredClaim denial = claim(Attribution.INDIRECT, "Mara Kell", "city engineer", Polarity.DENIES,
                "The bridge was not closed, city engineer Mara Kell said.");
        Position position = only(GroupAssessor.assess(members(denial), reading(denial, Stance.SUPPORTS, null), false));
        assertEquals(PositionStance.SUPPORTS, position.stance(), "the group states the denial; the member repeats it");
        StoredClaim affirming = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        assertEquals(PositionStance.DENIES,
                only(GroupAssessor.assess(members(affirming), Map.of(), false)).stance(), "affirming what it negates");
    }

    @Test
    void theEngineFindsADenialElsewhereInTheArticle() {
        StoredClaim relayed = claim(Attribution.INDIRECT, null, "posts on social media", Polarity.AFFIRMS,
                "Posts on social media claimed the bridge was closed on Friday.");
        String debunk = "The city's transport office rejected the posts and said traffic crossed the bridge all day.";
        Position position = only(GroupAssessor.assess(members(relayed), reading(relayed, Stance.DENIES, debunk), true));
        assertEquals(PositionStance.DENIES, position.stance());
        assertEquals(debunk, position.evidence(), "the denying sentence is the evidence");
        assertNull(position.claimant(), "the member's claimant did not deny anything");
    }

    @Test
    void anOutletsOwnSentenceInAnArticleTheEngineReadsAsDiscussionIsDiscussion() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        assertEquals(PositionStance.DISCUSSES,
                only(GroupAssessor.assess(members(own), reading(own, Stance.DISCUSSES, FACT), true)).stance());
        assertEquals(PositionStance.SUPPORTS,
                only(GroupAssessor.assess(members(own), reading(own, Stance.SUPPORTS, FACT), true)).stance());
    }

    @Test
    void aHedgedOwnClaimTheEngineReadsAsDiscussionIsAHedgedSupport() {
        StoredClaim hedged = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, "The bridge was reportedly closed on Friday.");
        hedged.hedged = true;
        Position position = only(GroupAssessor.assess(members(hedged), reading(hedged, Stance.DISCUSSES, null), true));
        assertEquals(PositionStance.SUPPORTS, position.stance());
        assertTrue(position.hedged(), "the hedge is what makes it discussion: the report shows it");
    }

    @Test
    void aClaimTheArticleAttributesIsSupportedOrDiscussedAsTheEngineReadsIt() {
        StoredClaim official = claim(Attribution.INDIRECT, "Ivo Brandt", "mayor", Polarity.AFFIRMS,
                "Mayor Ivo Brandt said the bridge was closed on Friday.");
        assertEquals(PositionStance.DISCUSSES,
                only(GroupAssessor.assess(members(official), reading(official, Stance.DISCUSSES, FACT), true)).stance());
        assertEquals(PositionStance.SUPPORTS,
                only(GroupAssessor.assess(members(official), reading(official, Stance.SUPPORTS, FACT), true)).stance());
        StoredClaim relayed = claim(Attribution.INDIRECT, "Reuters", null, Polarity.AFFIRMS, FACT);
        relayed.cue = "reported";
        assertEquals(PositionStance.SUPPORTS,
                only(GroupAssessor.assess(members(relayed), reading(relayed, Stance.SUPPORTS, FACT), true)).stance(),
                "the engine reads the article as endorsing the report it relays");
    }

    @Test
    void anUnrelatedReadingLeavesTheExtractionsDecision() {
        StoredClaim official = claim(Attribution.INDIRECT, "Ivo Brandt", "mayor", Polarity.AFFIRMS, FACT);
        assertEquals(PositionStance.SUPPORTS,
                only(GroupAssessor.assess(members(official), reading(official, Stance.UNRELATED, null), true)).stance());
    }

    @Test
    void anEngineDenialAgainstASupportIsAContestedDenialConflict() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        StoredClaim relayed = claim(Attribution.INDIRECT, null, "posts", Polarity.AFFIRMS, FACT);
        String debunk = "Officials denied that the bridge had been closed.";
        List<GroupMember> members = List.of(new GroupMember(own, "Harbour Times"), new GroupMember(relayed, "City Wire"));
        GroupAssessor.Assessment assessment = GroupAssessor.assess(members,
                Map.of(relayed.articleId, new EngineReading(Stance.DENIES, 0.8, debunk)), true);
        assertEquals(GroupStatus.CONTESTED, assessment.status());
        assertEquals(ConflictKind.DENIAL, assessment.conflicts().get(0).kind(), "a denial verb: someone denies it");
        assertEquals(List.of(own.id, relayed.id), assessment.conflicts().get(0).claimIds());
    }

    @Test
    void twoOutletsRunningOneWireCopyAreOneOriginNotCorroboration() {
        StoredClaim inTimes = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        StoredClaim inWire = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        List<GroupMember> copies = List.of(new GroupMember(inTimes, "Harbour Times", "agency:reuters"),
                new GroupMember(inWire, "City Wire", "agency:reuters"));
        GroupAssessor.Assessment assessment = GroupAssessor.assess(copies);
        assertEquals(GroupStatus.SINGLE_SOURCE, assessment.status(), "two sources, one origin");
        assertEquals(List.of("agency:reuters", "agency:reuters"),
                assessment.positions().stream().map(Position::origin).toList(), "the report shows the shared origin");

        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        List<GroupMember> withOwnReport = new ArrayList<>(copies);
        withOwnReport.add(new GroupMember(own, "Kelton Post"));
        GroupAssessor.Assessment corroborated = GroupAssessor.assess(withOwnReport);
        assertEquals(GroupStatus.CORROBORATED, corroborated.status(), "an independent third outlet corroborates");
        assertEquals(own.articleId.toString(), corroborated.positions().get(2).origin(), "its own origin");
    }

    @Test
    void corroborationNeedsTwoSourcesAndTwoOrigins() {
        StoredClaim copy = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        StoredClaim ownReport = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        assertEquals(GroupStatus.SINGLE_SOURCE, GroupAssessor.assess(List.of(
                        new GroupMember(copy, "Harbour Times", "agency:afp"), new GroupMember(ownReport, "Harbour Times")))
                .status(), "one outlet's own report and its wire copy: two origins, one source");

        StoredClaim otherCopy = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        assertEquals(GroupStatus.CORROBORATED, GroupAssessor.assess(List.of(
                        new GroupMember(copy, "Harbour Times", "agency:afp"), new GroupMember(ownReport, "Harbour Times"),
                        new GroupMember(otherCopy, "City Wire", "agency:afp")))
                .status(), "City Wire's copy of AFP and the Times' own report are independent");

        StoredClaim discussing = claim(Attribution.INDIRECT, null, "posts", Polarity.AFFIRMS, FACT);
        discussing.cue = "claimed";
        assertEquals(GroupStatus.SINGLE_SOURCE, GroupAssessor.assess(List.of(
                        new GroupMember(copy, "Harbour Times", "agency:afp"), new GroupMember(discussing, "Kelton Post")),
                        Map.of(discussing.articleId, new EngineReading(Stance.DISCUSSES, 0.7, null)), true)
                .status(), "only supporting origins count");
    }

    @Test
    void anArticleReadTowardTheGroupWithoutAClaimInItTakesTheEnginesPosition() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        UUID reader = UUID.randomUUID();
        String paraphrase = "Engineers shut the Harbour Bridge on Friday when they found cracks in it.";
        Map<UUID, EngineReading> readings = Map.of(own.articleId, new EngineReading(Stance.SUPPORTS, 0.9, FACT),
                reader, new EngineReading(Stance.SUPPORTS, 0.8, paraphrase));
        GroupAssessor.Assessment assessment = GroupAssessor.assess(members(own), readings, true,
                Map.of(own.articleId, "Harbour Times", reader, "Kelton Post"), Map.of(), SameFactJudge.BY_WORDING);

        assertEquals(2, assessment.positions().size());
        Position read = assessment.positions().get(1);
        assertEquals(reader, read.articleId());
        assertEquals("Kelton Post", read.source());
        assertNull(read.claimId(), "no claim of its own in the group");
        assertEquals(PositionStance.SUPPORTS, read.stance());
        assertEquals(paraphrase, read.evidence(), "the sentence the engine found");
        assertEquals(reader.toString(), read.origin());
        assertEquals(GroupStatus.CORROBORATED, assessment.status(), "two outlets, two origins support it");
    }

    @Test
    void anEngineDenialWithoutAClaimInTheGroupIsNoPosition() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        UUID reader = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();
        Map<UUID, EngineReading> readings = Map.of(
                reader, new EngineReading(Stance.DENIES, 0.9, "The ferry was not running on Friday."),
                unrelated, new EngineReading(Stance.UNRELATED, 0.9, "Tickets for the concert sold out."));
        GroupAssessor.Assessment assessment = GroupAssessor.assess(members(own), readings, true,
                Map.of(own.articleId, "Harbour Times", reader, "Kelton Post", unrelated, "City Wire"), Map.of(), SameFactJudge.BY_WORDING);
        assertEquals(own.id, only(assessment).claimId());
        assertEquals(GroupStatus.SINGLE_SOURCE, assessment.status(), "neither contested nor corroborated by them");
        assertTrue(assessment.conflicts().isEmpty());
    }

    @Test
    void aSupportWithoutAClaimNamesNoClaimInADenialConflict() {
        StoredClaim denial = claim(Attribution.INDIRECT, "Mara Kell", "city engineer", Polarity.DENIES,
                "The bridge was not closed, city engineer Mara Kell denied.");
        denial.cue = "denied";
        UUID reader = UUID.randomUUID();
        GroupAssessor.Assessment assessment = GroupAssessor.assess(members(denial),
                Map.of(reader, new EngineReading(Stance.SUPPORTS, 0.8, FACT)), true,
                Map.of(denial.articleId, "Harbour Times", reader, "Kelton Post"), Map.of(), SameFactJudge.BY_WORDING);
        assertEquals(GroupStatus.CONTESTED, assessment.status());
        assertEquals(2, assessment.positions().size());
        assertTrue(assessment.conflicts().isEmpty(), "a conflict names two claims; the reader has none");
    }

    @Test
    void anArticleNoLongerInTheStoryTakesNoPosition() {
        StoredClaim own = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        GroupAssessor.Assessment assessment = GroupAssessor.assess(members(own),
                Map.of(UUID.randomUUID(), new EngineReading(Stance.SUPPORTS, 0.8, FACT)), true,
                Map.of(own.articleId, "Harbour Times"), Map.of(), SameFactJudge.BY_WORDING);
        assertEquals(own.id, only(assessment).claimId());
    }

    @Test
    void differingFiguresAreANumberConflictOnlyWhenTheJudgeFindsOneFact() {
        StoredClaim age = claim(Attribution.NONE, null, null, Polarity.AFFIRMS,
                "Sergeant-at-arms Kevin Vickers, 58, shot the gunman in the House of Commons.");
        StoredClaim tenure = claim(Attribution.NONE, null, null, Polarity.AFFIRMS,
                "Sergeant-at-arms Kevin Vickers, in the House of Commons for 8 years, shot the gunman.");
        age.quantities = List.of(new Quantity("58", 58, "years"));
        tenure.quantities = List.of(new Quantity("8 years", 8, "years"));
        List<GroupMember> members = List.of(new GroupMember(age, "Harbour Times"), new GroupMember(tenure, "City Wire"));
        Map<UUID, String> sources = Map.of(age.articleId, "Harbour Times", tenure.articleId, "City Wire");

        GroupAssessor.Assessment byWording = GroupAssessor.assess(members, Map.of(), true, sources, Map.of(),
                SameFactJudge.BY_WORDING);
        assertEquals(List.of(ConflictKind.NUMBER), byWording.conflicts().stream().map(c -> c.kind()).toList(),
                "the wording alone takes an age and a tenure for one figure");
        GroupAssessor.Assessment judged = GroupAssessor.assess(members, Map.of(), true, sources, Map.of(), (a, b) -> false);
        assertTrue(judged.conflicts().isEmpty(), "two facts: no conflict");
        assertEquals(GroupStatus.CORROBORATED, judged.status());
        assertEquals(false, GroupAssessor.contestedBy(tenure.articleId, members, null, true, (a, b) -> false));
        assertTrue(GroupAssessor.contestedBy(tenure.articleId, members, null, true, SameFactJudge.BY_WORDING));
    }

    @Test
    void aDenialByACopyStillContestsTheClaim() {
        StoredClaim support = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, FACT);
        StoredClaim denial = claim(Attribution.INDIRECT, "Mara Kell", "city engineer", Polarity.DENIES,
                "The bridge was not closed, city engineer Mara Kell said.");
        assertEquals(GroupStatus.CONTESTED, GroupAssessor.assess(List.of(
                new GroupMember(support, "Harbour Times", "agency:ap"),
                new GroupMember(denial, "City Wire", "agency:ap"))).status());
    }

    @Test
    void figuresConflictOnlyAboutTheSameFact() {
        StoredClaim injured12 = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, "12 people were injured in the blast.");
        StoredClaim injured7 = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, "Seven people were injured in the blast.");
        StoredClaim arrested = claim(Attribution.NONE, null, null, Polarity.AFFIRMS, "Police arrested 3 suspects on Sunday.");
        assertTrue(GroupAssessor.sameWording(injured12.text, injured7.text));
        assertEquals(false, GroupAssessor.sameWording(injured12.text, arrested.text));
        assertTrue(GroupAssessor.sameWording("An explosion at the Northfield chemical plant injured 12 workers on Monday",
                "A blast at the Northfield chemical plant injured 7 workers on Monday"), "paraphrased subject, same figure's fact");
    }

    private static StoredClaim claim(Attribution attribution, String name, String role, Polarity polarity, String sentence) {
        StoredClaim claim = new StoredClaim();
        claim.id = UUID.randomUUID();
        claim.articleId = UUID.randomUUID();
        claim.text = sentence;
        claim.sentence = sentence;
        claim.attribution = attribution;
        claim.claimantName = name;
        claim.claimantRole = role;
        claim.polarity = polarity;
        claim.checkworthiness = 0.8;
        return claim;
    }

    private static List<GroupMember> members(StoredClaim claim) {
        return List.of(new GroupMember(claim, "Harbour Times"));
    }

    private static Map<UUID, EngineReading> reading(StoredClaim claim, Stance stance, String evidence) {
        return Map.of(claim.articleId, new EngineReading(stance, 0.7, evidence));
    }

    private static Position only(GroupAssessor.Assessment assessment) {
        assertEquals(1, assessment.positions().size());
        return assessment.positions().get(0);
    }
}
