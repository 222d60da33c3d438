package io.crosscheck.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String IDENTITY = "\"s1-7\"";
    private static final String GZIP = "\"s1-7-gzip\"";

    @Test
    void gzipVariantSuffixesInsideTheQuotes() {
        assertEquals(GZIP, EntityTags.gzipVariant(IDENTITY));
        assertEquals("W/\"s1-7-gzip\"", EntityTags.gzipVariant("W/\"s1-7\""));
        assertEquals("s1-7-gzip", EntityTags.gzipVariant("s1-7"));
    }

    @Test
    void heldNamesTheTagTheCallerSent() {
        List<String> candidates = List.of(GZIP, IDENTITY);
        assertEquals(GZIP, EntityTags.held(List.of(GZIP), candidates));
        assertEquals(IDENTITY, EntityTags.held(List.of(IDENTITY), candidates));
        assertEquals(IDENTITY, EntityTags.held(List.of("\"a\", " + IDENTITY + ", \"b\""), candidates));
        assertEquals(IDENTITY, EntityTags.held(List.of("\"a\"", IDENTITY), candidates));
        assertEquals(GZIP, EntityTags.held(List.of(IDENTITY + "," + GZIP), candidates), "the preferred one when both");
    }

    @Test
    void weakComparisonIgnoresW() {
        assertEquals(GZIP, EntityTags.held(List.of("W/" + GZIP), List.of(GZIP, IDENTITY)));
        assertEquals("W/" + IDENTITY, EntityTags.held(List.of(IDENTITY), List.of("W/" + IDENTITY)));
    }

    @Test
    void starHoldsAnyAndGivesThePreferredTag() {
        assertEquals(IDENTITY, EntityTags.held(List.of("*"), List.of(IDENTITY, GZIP)));
        assertEquals(GZIP, EntityTags.held(List.of(" * "), List.of(GZIP, IDENTITY)));
    }

    @Test
    void otherTagsAndMalformedHeadersHoldNothing() {
        List<String> candidates = List.of(GZIP, IDENTITY);
        assertNull(EntityTags.held(null, candidates));
        assertNull(EntityTags.held(List.of(), candidates));
        assertNull(EntityTags.held(List.of(""), candidates));
        assertNull(EntityTags.held(List.of("\"s1-6\", \"s1-6-gzip\""), candidates));
        assertNull(EntityTags.held(List.of("s1-7"), candidates), "unquoted is not an entity tag");
        assertNull(EntityTags.held(List.of("\"s1-7"), candidates), "unterminated");
        assertEquals(IDENTITY, EntityTags.held(List.of("junk, " + IDENTITY), candidates));
        assertEquals("\"a,b\"", EntityTags.held(List.of("\"x\", \"a,b\""), List.of("\"a,b\"")), "a comma inside a tag");
    }
}
