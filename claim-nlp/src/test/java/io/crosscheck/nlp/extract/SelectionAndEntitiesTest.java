package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.crosscheck.nlp.extract.SharedExtractor.claimContaining;
import static io.crosscheck.nlp.extract.SharedExtractor.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionAndEntitiesTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 25);

    @Test
    void bylinesHeadingsQuestionsAndBoilerplateGiveNoClaims() {
        String text = "Iran Seeks Russia's Support\nBy Jane Smith\nEdited by Tom Brown\nAuthor`s name Pavel Morozov\n"
                + "What will Moscow do next?\nSubscribe to our Telegram channel, Facebook, RSS!\nRead more: Oil prices climb\n"
                + "I think we should all be more hopeful.";
        assertEquals(List.of(), extract(text, DATE));
    }

    @Test
    void checkableSentencesScoreAboveOpinion() {
        List<ExtractedClaim> claims = extract("The army deployed 300 soldiers to Kharkiv on Monday. "
                + "We must remain hopeful and keep faith in the future of this wonderful city.", DATE);
        ExtractedClaim fact = claimContaining(claims, "deployed 300 soldiers");
        assertTrue(fact.checkworthiness() > 0.7, String.valueOf(fact.checkworthiness()));
        assertTrue(claims.stream().noneMatch(c -> c.text().contains("hopeful")), claims.toString());
    }

    @Test
    void onePersonUnderAllTheirNames() {
        List<ExtractedClaim> claims = extract("Russian President Vladimir Putin met the envoy in Moscow. "
                + "Later, President Putin signed a decree on grain exports. Putin also approved a $2 billion loan.", DATE);
        for (ExtractedClaim c : claims) {
            assertTrue(c.entities().contains(new Entity("Vladimir Putin", EntityType.PERSON)), c.toString());
        }
    }

    @Test
    void organisationsAndPlacesAreTyped() {
        ExtractedClaim c = claimContaining(extract("The Shanghai Cooperation Organization held talks with Reuters reporters in Tehran.", DATE), "held talks");
        assertTrue(c.entities().contains(new Entity("Shanghai Cooperation Organization", EntityType.ORGANIZATION)), c.entities().toString());
        assertTrue(c.entities().contains(new Entity("Reuters", EntityType.ORGANIZATION)), c.entities().toString());
        assertTrue(c.entities().contains(new Entity("Tehran", EntityType.LOCATION)), c.entities().toString());
    }

    @Test
    void definiteDescriptionsResolveToTheNamedPerson() {
        List<ExtractedClaim> claims = extract("Iranian Foreign Minister Abbas Araghchi visited Moscow on Monday. "
                + "According to Kremlin spokesman Dmitry Peskov, the Iranian foreign minister did not deliver any written document.", DATE);
        ExtractedClaim c = claimContaining(claims, "did not deliver");
        assertTrue(c.text().startsWith("Abbas Araghchi did not deliver"), c.text());
        assertEquals(Polarity.DENIES, c.polarity());
    }

    @Test
    void theMessageResolvesToItsSender() {
        List<ExtractedClaim> claims = extract("Putin has received a personal message from Iran's Supreme Leader Ali Khamenei. "
                + "The message, delivered through diplomatic channels, calls for backing of the ceasefire.", DATE);
        assertTrue(claimContaining(claims, "delivered through").text().startsWith("Ali Khamenei's message"));
    }

    @Test
    void twoIndependentClaimsInOneSentenceAreSplit() {
        List<ExtractedClaim> claims = extract("Mayor Daniel Okafor said the city had balanced its budget and denied that funds were diverted to a campaign account.", DATE);
        ExtractedClaim first = claimContaining(claims, "balanced its budget");
        ExtractedClaim second = claimContaining(claims, "funds were diverted");
        assertEquals(Polarity.AFFIRMS, first.polarity());
        assertEquals(Polarity.DENIES, second.polarity());
        assertEquals("denied", second.cue());
        assertEquals("Daniel Okafor", second.claimant().name());
    }
}
