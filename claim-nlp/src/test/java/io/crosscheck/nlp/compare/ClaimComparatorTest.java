package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.stance.StanceClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed same-fact model on pairs written for these tests (none taken from a data set). */
class ClaimComparatorTest {
    private static ClaimComparator comparator;

    @BeforeAll
    static void load() {
        MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
        comparator = ClaimComparator.load(encoder, StanceClassifier.load(encoder).pipeline().idf());
    }

    @Test
    void aParaphraseIsTheSameFact() {
        Comparison c = comparator.compare("The central bank raised interest rates by half a point on Thursday.",
                "On Thursday the central bank raised its interest rates by half a point.");
        assertEquals(Relation.SAME, c.relation(), c.detail());
        assertTrue(c.score() >= comparator.model().sameThreshold());
    }

    @Test
    void differentFiguresForOneFactConflict() {
        Comparison c = comparator.compare("12 people were injured in the explosion at the Kabul market on Monday.",
                "Seven people were injured in the explosion at the Kabul market on Monday.");
        assertEquals(Relation.CONFLICTS, c.relation(), c.detail());
        assertTrue(c.detail().contains("12") && c.detail().contains("7"), c.detail());
    }

    @Test
    void aDenialOfTheSameFactConflicts() {
        Comparison c = comparator.compare("The Kremlin received a message from Iran's supreme leader.",
                "The Kremlin did not receive a message from Iran's supreme leader.");
        assertEquals(Relation.CONFLICTS, c.relation(), c.detail());
        assertTrue(c.detail().contains("denies"), c.detail());
    }

    @Test
    void twoFactsAboutOneEventAreRelated() {
        Comparison c = comparator.compare("The Bank of England raised interest rates by half a point on Thursday.",
                "Analysts expect the governor of the Bank of England to warn parliament about inflation next month.");
        assertEquals(Relation.RELATED, c.relation(), c.detail());
    }

    @Test
    void unrelatedTopicsAreUnrelated() {
        Comparison c = comparator.compare("The central bank raised interest rates by half a point on Thursday.",
                "Riverside United beat Northgate 3-1 with two late goals from their striker.");
        assertEquals(Relation.UNRELATED, c.relation(), c.detail());
    }

    @Test
    void theOrderOfTheTwoClaimsDoesNotMatter() {
        String a = "Three soldiers were killed near the border on Sunday, the army said.";
        String b = "The army said five soldiers died in a border attack on Sunday.";
        Comparison ab = comparator.compare(a, b);
        Comparison ba = comparator.compare(b, a);
        assertEquals(ab.relation(), ba.relation());
        assertEquals(ab.score(), ba.score(), 1e-9);
    }

    @Test
    void roundedFiguresAgreeAndCloseCountsDoNot() {
        assertTrue(FactDifferences.agree(64.7e9, 65e9), "$64.7 billion is some $65 billion");
        assertTrue(FactDifferences.agree(296, 300), "300 may be a rounded 296");
        assertTrue(FactDifferences.agree(6.32, 6.3));
        assertTrue(!FactDifferences.agree(10, 12), "10 injured is not 12 injured");
        assertTrue(!FactDifferences.agree(1000, 1200));
        assertTrue(!FactDifferences.agree(7, 12));
    }
}
