package io.crosscheck.gateway.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags of a story report's two representations, and If-None-Match against them. A strong tag names one
 * representation (RFC 9110 §8.8.3), so the gzip one cannot share the identity one's: it gets the identity tag with
 * {@code -gzip} inside the quotes, as Apache httpd does. If-None-Match uses the weak comparison (§13.1.2: {@code W/}
 * is ignored), may list several tags, be repeated, or be {@code *}.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** {@code "abc"} becomes {@code "abc-gzip"}, {@code W/"abc"} becomes {@code W/"abc-gzip"}. */
    static String gzipVariant(String etag) {
        int closingQuote = etag.lastIndexOf('"');
        return closingQuote > 0
                ? etag.substring(0, closingQuote) + "-gzip" + etag.substring(closingQuote)
                : etag + "-gzip";
    }

    /**
     * The first of the candidate tags (in order of preference) that If-None-Match says the caller holds, or null.
     * {@code *} holds any, so it gives the first candidate.
     */
    static String held(List<String> ifNoneMatch, List<String> candidates) {
        List<String> tags = new ArrayList<>();
        if (ifNoneMatch != null) {
            ifNoneMatch.forEach(header -> tags.addAll(opaqueTags(header)));
        }
        for (String candidate : candidates) {
            if (tags.contains("*") || tags.contains(opaque(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /** The quoted tags of one If-None-Match header, without {@code W/}. Scanned, not split: a tag may hold a comma. */
    private static List<String> opaqueTags(String header) {
        List<String> tags = new ArrayList<>();
        int at = 0;
        while (header != null && at < header.length()) {
            char c = header.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
            } else if (c == '*') {
                tags.add("*");
                at++;
            } else {
                int start = header.startsWith("W/", at) ? at + 2 : at;
                int closingQuote = start < header.length() && header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
                if (closingQuote >= 0) {
                    tags.add(header.substring(start, closingQuote + 1));
                    at = closingQuote + 1;
                } else {
                    // Not an entity tag: skip to the next list element.
                    int comma = header.indexOf(',', at);
                    at = comma < 0 ? header.length() : comma + 1;
                }
            }
        }
        return tags;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
