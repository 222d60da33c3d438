package io.crosscheck.article.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void caseSpacingQuotesAndDashesDoNotChangeTheHash() {
        assertEquals(TextNormalizer.contentHash("The minister\u2019s \u201Cplan\u201D \u2014 approved."),
                TextNormalizer.contentHash("the minister's  \"plan\"\n- approved."));
    }

    @Test
    void differentWordsChangeTheHash() {
        assertNotEquals(TextNormalizer.contentHash("Twelve workers were injured."),
                TextNormalizer.contentHash("Seven workers were injured."));
    }

    @Test
    void cleanUnifiesLineEndsAndCollapsesBlankLines() {
        assertEquals("One.\n\nTwo.", TextNormalizer.clean("One.\r\n\r\n\r\n\r\nTwo.  \n"));
    }
}
