package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.persistence.StoredClaim;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which text a claim is embedded as. */
class ArticlePreparationTest {

    @Test
    void aClaimThatIsItsWholeSentenceIsEmbeddedAsTheSentence() {
        assertEquals("The bridge was closed on Friday.",
                ArticlePreparation.embeddingText(claim("The bridge was closed on Friday", "The bridge was closed on Friday.")));
    }

    @Test
    void aClaimCutFromItsSentenceIsEmbeddedAsTheClaim() {
        assertEquals("The bridge was closed on Friday",
                ArticlePreparation.embeddingText(claim("The bridge was closed on Friday",
                        "The bridge was closed on Friday, the council said.")));
    }

    private static StoredClaim claim(String text, String sentence) {
        StoredClaim claim = new StoredClaim();
        claim.text = text;
        claim.sentence = sentence;
        return claim;
    }
}
