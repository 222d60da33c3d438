package io.crosscheck.article.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private static String canonical(String url) {
        return UrlCanonicalizer.canonicalize(url).orElseThrow();
    }

    @Test
    void lowerCasesSchemeAndHostButNotPath() {
        assertEquals("https://news.example.com/World/Story", canonical("HTTPS://News.Example.COM/World/Story"));
    }

    @Test
    void dropsFragmentDefaultPortAndTrackingParameters() {
        assertEquals("https://example.com/a?id=3&lang=en",
                canonical("https://example.com:443/a?utm_source=x&id=3&fbclid=y&lang=en&utm_campaign=z#top"));
    }

    @Test
    void keepsANonDefaultPort() {
        assertEquals("http://example.com:8080/a", canonical("http://example.com:8080/a"));
    }

    @Test
    void emptyPathBecomesSlash() {
        assertEquals("https://example.com/", canonical("https://example.com"));
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        assertTrue(UrlCanonicalizer.canonicalize("mailto:desk@example.com").isEmpty());
        assertTrue(UrlCanonicalizer.canonicalize("//example.com/a").isEmpty());
        assertTrue(UrlCanonicalizer.canonicalize("https:///path").isEmpty());
    }
}
