package io.crosscheck.nlp.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentence spans. Lines are split first (headings, bylines and bullets are lines of their own in
 * scraped articles), then OpenNLP splits each block, then its weak spots are repaired: abbreviations such as "Dept."
 * or "U.S." do not end a sentence, and sentences too long to be real (no punctuation at all) are cut into windows so
 * later steps stay linear and fast. The one sentence splitter of claim-nlp: {@link TextAnalysis} runs it for the
 * extraction and the stance engine alike.
 */
final class SentenceSplitter {
    /** No sentence is longer: a longer piece is cut at its last semicolon, comma or space in its second half. */
    public static final int MAX_SENTENCE_CHARS = 600;

    /** Abbreviations that (almost) never end a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.",
            "sgt.", "capt.", "cmdr.", "adm.", "sen.", "rep.", "gov.", "dept.", "st.", "mt.", "ft.", "no.", "nos.", "vs.",
            "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "rev.", "gens.", "reps.", "sens.", "approx.",
            "est.", "fig.", "art.", "vol.", "pp.", "e.g.", "i.e.", "cf.", "ave.", "blvd.", "univ.", "assn.", "pres.",
            "sec.", "atty.", "supt.", "corp.", "govt.", "min.");
    /** Abbreviations that may end a sentence, so only join when the next piece does not look like a new sentence. */
    private static final Pattern MAYBE_FINAL = Pattern.compile(
            "(?i)(?:[a-z]\\.){2,}|inc\\.|ltd\\.|co\\.|jr\\.|sr\\.|etc\\.|bros\\.|plc\\.|a\\.m\\.|p\\.m\\.");
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "I", "You", "But", "And", "In", "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Its",
            "Their", "Our", "However", "Meanwhile", "Yet", "So", "If", "When", "While", "After", "Before", "As", "For",
            "According", "Some", "Many", "Most", "One", "Two", "Officials", "Analysts");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"'(\\[]*(\\S+)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[\\u2022\\u25CF\\u25AA\\u2023*\\-]|\\d{1,2}[.)])\\s+");

    private SentenceSplitter() {
    }

    /** Sentence spans [start, end) over the normalized text, trimmed, in order. */
    static List<int[]> split(String text, SentenceDetectorME detector) {
        List<int[]> sentences = new ArrayList<>();
        for (int[] block : blocks(text)) {
            List<int[]> pieces = detect(text, block, detector);
            for (int[] piece : splitAfterFinalAbbreviations(text, joinBrokenAbbreviations(text, pieces))) {
                window(text, piece[0], piece[1], sentences);
            }
        }
        return sentences;
    }

    /** Blocks are lines, except that a hard-wrapped line continues when it ends mid-sentence and the next starts lowercase. */
    static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int n = text.length();
        int blockStart = 0;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            if (i < n && continuesOnNextLine(text, lineStart, i)) {
                lineStart = i + 1;
                continue;
            }
            addTrimmed(text, blockStart, i, blocks);
            blockStart = i + 1;
            lineStart = i + 1;
        }
        return blocks;
    }

    private static boolean continuesOnNextLine(String text, int lineStart, int newline) {
        int lineEnd = newline;
        while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
            lineEnd--;
        }
        if (lineEnd - lineStart < 40) {
            return false;
        }
        char last = text.charAt(lineEnd - 1);
        if (".!?:\"'".indexOf(last) >= 0) {
            return false;
        }
        int next = newline + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static List<int[]> detect(String text, int[] block, SentenceDetectorME detector) {
        List<int[]> pieces = new ArrayList<>();
        String blockText = text.substring(block[0], block[1]);
        Matcher bullet = BULLET.matcher(blockText);
        int offset = block[0];
        if (bullet.find()) {
            offset += bullet.end();
            blockText = blockText.substring(bullet.end());
        }
        for (Span span : detector.sentPosDetect(blockText)) {
            addTrimmed(text, offset + span.getStart(), offset + span.getEnd(), pieces);
        }
        if (pieces.isEmpty()) {
            addTrimmed(text, offset, block[1], pieces);
        }
        return pieces;
    }

    private static List<int[]> joinBrokenAbbreviations(String text, List<int[]> pieces) {
        List<int[]> joined = new ArrayList<>(pieces.size());
        for (int[] piece : pieces) {
            if (!joined.isEmpty()) {
                int[] previous = joined.get(joined.size() - 1);
                if (endsWithNonFinalAbbreviation(text.substring(previous[0], previous[1]), text.substring(piece[0], piece[1]))) {
                    previous[1] = piece[1];
                    continue;
                }
            }
            joined.add(piece);
        }
        return joined;
    }

    private static final Pattern FINAL_ABBREVIATION = Pattern.compile(
            "\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|Inc|Ltd|Corp|Co|Jr|Sr|etc)\\. (?=(\\p{Lu}\\p{L}*)\\b)");

    /** OpenNLP keeps "... policies of the U.S. The talks resume" together; split where a sentence starter follows. */
    private static List<int[]> splitAfterFinalAbbreviations(String text, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>(pieces.size());
        for (int[] piece : pieces) {
            int start = piece[0];
            Matcher m = FINAL_ABBREVIATION.matcher(text).region(piece[0], piece[1]);
            while (m.find()) {
                if (SENTENCE_STARTERS.contains(m.group(1)) && m.end() - start > 10) {
                    out.add(new int[]{start, m.end() - 1});
                    start = m.end();
                }
            }
            out.add(new int[]{start, piece[1]});
        }
        return out;
    }

    static boolean endsWithNonFinalAbbreviation(String previous, String next) {
        Matcher last = LAST_WORD.matcher(previous);
        if (!last.find()) {
            return false;
        }
        String word = last.group(1);
        int paren = Math.max(word.lastIndexOf('('), word.lastIndexOf('"'));
        if (paren >= 0) {
            word = word.substring(paren + 1);
        }
        String lower = word.toLowerCase();
        Matcher first = FIRST_WORD.matcher(next);
        String nextWord = first.find() ? first.group(1) : "";
        boolean nextLooksContinuing = !nextWord.isEmpty()
                && (Character.isLowerCase(nextWord.charAt(0)) || Character.isDigit(nextWord.charAt(0)));
        if (NEVER_FINAL.contains(lower)) {
            return true;
        }
        if (MAYBE_FINAL.matcher(word).matches()) {
            if (nextLooksContinuing) {
                return true;
            }
            String bare = nextWord.replaceAll("[^\\p{L}]", "");
            return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !SENTENCE_STARTERS.contains(bare)
                    && next.length() > bare.length() + 2;
        }
        return false;
    }

    /** Cuts an over-long piece into windows at the best nearby boundary (semicolon, comma, then any space). */
    private static void window(String text, int start, int end, List<int[]> out) {
        while (end - start > MAX_SENTENCE_CHARS) {
            int limit = start + MAX_SENTENCE_CHARS;
            int cut = lastBoundary(text, start + MAX_SENTENCE_CHARS / 2, limit);
            addTrimmed(text, start, cut, out);
            start = cut;
        }
        addTrimmed(text, start, end, out);
    }

    private static int lastBoundary(String text, int from, int limit) {
        for (String marks : new String[]{";", ",", " "}) {
            for (int i = limit - 1; i > from; i--) {
                if (marks.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return limit;
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[]{start, end});
        }
    }
}
