package io.crosscheck.claim.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which text a claim is embedded as, and how much of a long article is analysed. */
class ArticlePreparationTest {

    @Test
    void aClaimThatIsItsWholeSentenceIsEmbeddedAsTheSentence() {
        assertEquals("The bridge was closed on Friday.",
                ArticlePreparation.embeddingText("The bridge was closed on Friday", "The bridge was closed on Friday."));
    }

    @Test
    void aClaimCutFromItsSentenceIsEmbeddedAsTheClaim() {
        assertEquals("The bridge was closed on Friday",
                ArticlePreparation.embeddingText("The bridge was closed on Friday",
                        "The bridge was closed on Friday, the council said."));
    }

    @Test
    void aLongTextIsAnalysedUpToTheEndOfItsLastAllowedSentence() {
        String text = "The bridge was closed on Friday. Engineers found cracks in two piers. It may reopen in May.";
        assertEquals("The bridge was closed on Friday. Engineers found cracks in two piers.",
                ArticlePreparation.analysedPart(text, 2));
        assertEquals(text, ArticlePreparation.analysedPart(text, 3));
        assertEquals(text, ArticlePreparation.analysedPart(text, 600));
    }
}
