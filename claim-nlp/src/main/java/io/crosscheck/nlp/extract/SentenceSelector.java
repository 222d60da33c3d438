package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops sentences that cannot hold a checkable claim before any deeper work: questions, headings (title-case lines),
 * bylines and author/editor lines, calls to subscribe or share and similar boilerplate, fragments without a verb,
 * and text that is not mostly Latin-script (the models are English).
 */
final class SentenceSelector {
    private static final Pattern BOILERPLATE = Pattern.compile("^\\(?(?:author|author['`\u2019]?s? name|"
            + "authors?:|editors?|editing by|source:|sources:|read more|read the rest|read also|see also|also read|subscribe|"
            + "sign up|follow us|follow @|click here|click to|tap here|share this|share on|copyright|\u00a9|\\(c\\)|all rights reserved|"
            + "related:|related articles|advertisement|sponsored|published|updated|last updated|posted|details$|tags:|filed under|"
            + "image:|photo:|caption:|watch:|listen:|download|join our|get the latest|this article|this story was|"
            + "newsletter|cookie|we use cookies|terms of use|privacy policy|contact us|share|tweet|email this|print)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "By Jane Doe", "Edited by ...", "(Reporting by ...; Editing by ...)". */
    private static final Pattern BYLINE = Pattern.compile("^\\(?(?:[Bb]y|(?i:edited by|reporting by|writing by|additional reporting by|"
            + "compiled by|written by|story by|words by|photos? by|photograph by|images? by|video by|editing by))\\s+"
            + "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*(?:$|[,;|(]|and\\b|in\\b|\\p{Lu}|[-\u2013\u2014])");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "vs", "vs.", "over", "amid", "after", "into", "about", "is", "are");

    /** True when the sentence may contain a claim. */
    boolean mayHoldClaim(AnalyzedSentence s, String title) {
        String text = s.text.trim();
        if (text.length() < 12 || s.size() < 4) {
            return false;
        }
        if (!mostlyLatin(text)) {
            return false;
        }
        String stripped = text.replaceAll("[\"'\u201C\u201D\u2019)\\]\\s]+$", "");
        if (stripped.endsWith("?")) {
            return false;
        }
        if (BYLINE.matcher(text).find() && s.size() < 30) {
            return false;
        }
        if (BOILERPLATE.matcher(text).find() && (s.size() < 25 || text.toLowerCase(Locale.ROOT).startsWith("subscribe"))) {
            return false;
        }
        if (title != null && !title.isBlank() && Gazetteer.key(title).equals(Gazetteer.key(text))) {
            return false;
        }
        if (isHeading(s)) {
            return false;
        }
        return hasVerb(s);
    }

    static boolean isHeading(AnalyzedSentence s) {
        if (!s.wholeLine) {
            return false;
        }
        String text = s.text.trim();
        char last = text.charAt(text.length() - 1);
        boolean terminated = ".!?\"'\u201D\u2019)".indexOf(last) >= 0;
        if (terminated && !text.endsWith("..")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.words[i];
            if (!Character.isLetter(w.charAt(0)) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        // Unterminated lines are headings when title-cased or short; long unterminated lines are scraped paragraphs.
        return words > 0 && (capitalised * 10 >= words * 7 || words <= 6);
    }

    private static boolean hasVerb(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        return letters >= 8 && latin * 10 >= letters * 8;
    }
}
