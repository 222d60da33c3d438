package io.crosscheck.nlp.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens wire copy ("MOSCOW, June 25 (Reuters) -", "Moscow, June 25 —") is not part of the claim;
 * and a "Published on June 23, 2025" line gives the publication date when the request has none.
 */
final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][\\p{L}.' ]{1,40}(?:, [A-Z][\\p{L}.' ]{1,30})?(?:, (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8})(?:, \\d{4})?)?"
                    + "\\s*(?:\\([A-Za-z .]{2,30}\\))?\\s*[-\u2013\u2014]+\\s+");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?im)^\\s*(?:published|posted|updated)(?: on)?:?\\s+(?:[A-Z][a-z]+, )?([A-Z][a-z]+\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]+,? \\d{4}|\\d{4}-\\d{2}-\\d{2})");

    private Dateline() {
    }

    /** Length of the dateline at the start of the sentence, 0 if none. */
    static int length(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (m.find() && m.end() < sentence.length() - 10) {
            String head = sentence.substring(0, m.end());
            // A dateline has no verb-like lower-case words; "Officials said -" is not one.
            if (!head.matches(".*\\b[a-z]{4,}\\b.*")) {
                return m.end();
            }
        }
        return 0;
    }

    static LocalDate publishedDate(String text) {
        Matcher m = PUBLISHED.matcher(text.length() > 5000 ? text.substring(0, 5000) : text);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1);
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value);
            } catch (RuntimeException e) {
                return null;
            }
        }
        Matcher parts = Pattern.compile("(?:([A-Z][a-z]+)\\.? (\\d{1,2})|(\\d{1,2}) ([A-Z][a-z]+)),? (\\d{4})").matcher(value);
        if (!parts.find()) {
            return null;
        }
        try {
            String monthName = parts.group(1) != null ? parts.group(1) : parts.group(4);
            int day = Integer.parseInt(parts.group(2) != null ? parts.group(2) : parts.group(3));
            return LocalDate.of(Integer.parseInt(parts.group(5)), TimeResolver.month(monthName), day);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
