package io.crosscheck.article.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextExtractorTest {

    @Test
    void withoutAnArticleElementTheDensestParagraphContainerWins() {
        String html = "<html><body><div id='menu'><p>Home</p></div>"
                + "<div class='story'><p>The mayor opened the new bridge on Sunday.</p>"
                + "<p>Traffic is expected to fall by a third.</p></div>"
                + "<div class='comments'><p>Great news!</p></div></body></html>";
        String text = HtmlTextExtractor.extract(html).text();
        assertEquals("The mayor opened the new bridge on Sunday.\n\nTraffic is expected to fall by a third.", text);
    }

    @Test
    void titleComesFromTheHeadline() {
        assertEquals("Bridge opens",
                HtmlTextExtractor.extract("<html><head><title>Site | Bridge</title></head><body><h1>Bridge opens</h1>"
                        + "<p>Text.</p></body></html>").title());
    }

    @Test
    void listItemsAndQuotesBecomeParagraphs() {
        String text = HtmlTextExtractor.extract("<article><p>Key points:</p><ul><li>Rates rose.</li>"
                + "<li><p>Inflation fell.</p></li></ul><blockquote>We act now.</blockquote></article>").text();
        assertEquals("Key points:\n\nRates rose.\n\nInflation fell.\n\nWe act now.", text);
    }

    @Test
    void recognisesHtmlBodies() {
        assertTrue(HtmlTextExtractor.looksLikeHtml("  <!DOCTYPE html><html>"));
        assertTrue(HtmlTextExtractor.looksLikeHtml("<article><p>x</p></article>"));
        assertFalse(HtmlTextExtractor.looksLikeHtml("Shares rose 3% <em>after</em> the report."));
    }
}
