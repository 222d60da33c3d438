package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.crosscheck.nlp.extract.SharedExtractor.claimContaining;
import static io.crosscheck.nlp.extract.SharedExtractor.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AttributionTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 25);

    @Test
    void quoteWithSpeakerAfterSplitsNameAndRole() {
        ExtractedClaim c = claimContaining(extract("\u201CRussia is deeply concerned about renewed hostilities,\u201D said Kremlin spokesman Dmitry Peskov.", DATE), "deeply concerned");
        assertEquals(Attribution.DIRECT_QUOTE, c.attribution());
        assertEquals(new Claimant("Dmitry Peskov", "Kremlin spokesman"), c.claimant());
        assertEquals("Russia is deeply concerned about renewed hostilities", c.text());
    }

    @Test
    void quoteWithSpeakerBefore() {
        ExtractedClaim c = claimContaining(extract("Mayor Ana Silva met residents. Silva said: \"The bridge will reopen in May.\"", DATE), "bridge will reopen");
        assertEquals(Attribution.DIRECT_QUOTE, c.attribution());
        assertEquals("Ana Silva", c.claimant().name());
        assertEquals("Mayor", c.claimant().role());
    }

    @Test
    void quoteRunningOverSeveralSentencesTakesTheSpeakerAtItsEnd() {
        List<ExtractedClaim> claims = extract("\"We received three offers. The winning bid was the highest. Nobody was favoured,\" Economy Minister Rui Almeida told reporters.", DATE);
        for (String phrase : List.of("three offers", "winning bid", "Nobody was favoured")) {
            ExtractedClaim c = claimContaining(claims, phrase);
            assertEquals(Attribution.DIRECT_QUOTE, c.attribution(), phrase);
            assertEquals("Rui Almeida", c.claimant().name(), phrase);
        }
    }

    @Test
    void twoAttributionsInOneSentenceGiveTwoClaimsWithTheirOwnClaimants() {
        List<ExtractedClaim> claims = extract("Mayor Ana Silva said the bridge would reopen in May, while council member Tom Reyes said repairs would take a year.", DATE);
        ExtractedClaim bridge = claimContaining(claims, "bridge would reopen");
        ExtractedClaim repairs = claimContaining(claims, "repairs would take a year");
        assertEquals("Ana Silva", bridge.claimant().name());
        assertEquals("Tom Reyes", repairs.claimant().name());
        assertEquals(Attribution.INDIRECT, repairs.attribution());
        assertEquals("said", repairs.cue());
        assertEquals("The bridge would reopen in May", bridge.text(), "the claim is the attributed content alone");
        assertEquals(bridge.span(), repairs.span(), "both keep the span of their sentence");
    }

    @Test
    void aCountryOrPartyThatQualifiesTheSpeakerIsNotTheSpeaker() {
        List<ExtractedClaim> claims = extract("Maria Lopez campaigned in Ohio on Monday. The former governor and U.S. senator said the plant would close by March.", DATE);
        ExtractedClaim c = claimContaining(claims, "plant would close");
        assertNotEquals("United States", c.claimant() == null ? null : c.claimant().name());
    }

    @Test
    void membersOfAPartySpeakForThemselvesNotForTheParty() {
        ExtractedClaim c = claimContaining(extract("Many Democrats say the tax plan would raise the deficit by 2 percent.", DATE), "tax plan");
        assertEquals(Attribution.ANONYMOUS, c.attribution());
        assertNull(c.claimant().name(), "not the Democratic Party");
        assertEquals("Democrats", c.claimant().role());
    }

    @Test
    void theyAfterANamedPersonIsNotThatPerson() {
        List<ExtractedClaim> claims = extract("Senator Ana Ruiz said the budget was balanced. They said the plant would close in March.", DATE);
        ExtractedClaim c = claimContaining(claims, "plant would close");
        assertEquals(Attribution.ANONYMOUS, c.attribution());
        assertNull(c.claimant().name(), "not Ana Ruiz");
    }

    @Test
    void aSurveySpeaksForWhoeverPublishedIt() {
        ExtractedClaim c = claimContaining(extract("According to a Reuters survey of 40 economists, the central bank will raise rates in June.", DATE), "raise rates");
        assertEquals("Reuters", c.claimant().name());
    }

    @Test
    void aNameDescribedByAnAppositionIsThePerson() {
        ExtractedClaim c = claimContaining(extract("\"The tariffs will be lifted in May,\" said Marchand, the trade minister of Belgium, a founding member of the bloc.", DATE), "tariffs will be lifted");
        assertEquals(new Claimant("Marchand", "trade minister of Belgium"), c.claimant(), "not Belgium");
    }

    @Test
    void reportedSpeechWithThatClause() {
        ExtractedClaim c = claimContaining(extract("Finance Minister Lena Berg told reporters on Monday that the deficit had narrowed to 2 percent.", DATE), "deficit had narrowed");
        assertEquals(Attribution.INDIRECT, c.attribution());
        assertEquals("Lena Berg", c.claimant().name());
        assertEquals("told", c.cue());
    }

    @Test
    void accordingToNamesTheSource() {
        ExtractedClaim c = claimContaining(extract("According to the World Health Organization, 40 clinics closed in March.", DATE), "40 clinics closed");
        assertEquals(Attribution.ACCORDING_TO, c.attribution());
        assertEquals("World Health Organization", c.claimant().name());
    }

    @Test
    void unnamedSourcesAreAnonymousWithARole() {
        ExtractedClaim c = claimContaining(extract("The fund is preparing a bid for the airline, two people familiar with the matter said.", DATE), "preparing a bid");
        assertEquals(Attribution.ANONYMOUS, c.attribution());
        assertNull(c.claimant().name());
        assertEquals("people familiar with the matter", c.claimant().role());
    }

    @Test
    void laterSurnameAndPronounResolveToTheFullNameAndRole() {
        List<ExtractedClaim> claims = extract("Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday. "
                + "Peskov stated that the talks with Iranian envoys were useful and would continue in Moscow. He added that Putin would travel to Beijing in July.", DATE);
        assertEquals(new Claimant("Dmitry Peskov", "Kremlin spokesman"), claimContaining(claims, "envoys were useful").claimant());
        assertEquals(new Claimant("Dmitry Peskov", "Kremlin spokesman"), claimContaining(claims, "travel to Beijing").claimant());
    }

    @Test
    void outletVoiceHasNoClaimant() {
        ExtractedClaim c = claimContaining(extract("Russian President Vladimir Putin has received a personal message from Iran's Supreme Leader Ali Khamenei.", DATE), "received a personal message");
        assertNull(c.claimant());
        assertEquals(Attribution.NONE, c.attribution());
    }

    @Test
    void inanimateSubjectsOfSuggestAreNotClaimants() {
        ExtractedClaim c = claimContaining(extract("This latest move suggests Tehran is leaning on Moscow as a key diplomatic player.", DATE), "latest move");
        assertEquals(Attribution.NONE, c.attribution());
    }

    @Test
    void parentheticalSpeakerIsLeftOutOfTheText() {
        ExtractedClaim c = claimContaining(extract("Kremlin spokesman Dmitry Peskov spoke on Monday. "
                + "The talks with Iran, Peskov said on Tuesday, were useful and will continue in Moscow.", DATE), "talks with Iran");
        assertEquals("The talks with Iran were useful and will continue in Moscow", c.text());
        assertEquals("Dmitry Peskov", c.claimant().name());
    }

    @Test
    void lineEndingInAColonIntroducesTheNextQuote() {
        ExtractedClaim c = claimContaining(extract("Senator Ted Cruz answered the moderators.\n\nCruz continued:\n\n"
                + "\u201CThe questions asked in this debate show why voters distrust the media.\u201D", DATE), "questions asked");
        assertEquals(Attribution.DIRECT_QUOTE, c.attribution());
        assertEquals("Ted Cruz", c.claimant().name());
    }

    @Test
    void pollFiguresAreUnnamedSources() {
        ExtractedClaim c = claimContaining(extract("Forty-seven percent said they would vote for the incumbent in November.", DATE), "would vote");
        assertEquals(Attribution.ANONYMOUS, c.attribution());
    }
}
