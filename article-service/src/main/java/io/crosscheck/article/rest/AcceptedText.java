package io.crosscheck.article.rest;

/**
 * What text the API accepts, in every string field and query parameter: Unicode text without NUL, without
 * unpaired surrogates and without control characters other than tab, line feed and carriage return.
 * PostgreSQL cannot store NUL in text at all (it answered 500); an unpaired surrogate is no character (it was
 * stored as "?"); other control characters are no part of prose and would travel into every report. Refused
 * with the field named rather than cleaned silently, so the caller learns what was wrong with its data.
 */
final class AcceptedText {

    private AcceptedText() {
    }

    /** Why the value is not accepted text, or null when it is. */
    static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (U+" + hex(c) + ") at position " + i + ": not Unicode text";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + hex(c) + ") at position " + i + ": not Unicode text";
            }
            if (c == 0) {
                return "contains a NUL character (U+0000) at position " + i + ", which text may not contain";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character U+" + hex(c) + " at position " + i
                        + "; only tab, line feed and carriage return are accepted";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
