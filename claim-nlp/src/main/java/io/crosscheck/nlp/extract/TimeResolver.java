package io.crosscheck.nlp.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions resolved against the publication date. News mostly reports what already happened, so a bare
 * weekday or a month-day without year is the most recent one on or before the publication date ("next Friday" and
 * "tomorrow" look ahead). Values: a date (2025-06-23), ISO week (2025-W25), month (2025-06) or year (2024). Without
 * a publication date only expressions that carry their own year are resolved.
 */
final class TimeResolver {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String COUNT = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|some)";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + " " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " " + DAY + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " " + DAY + "\\b(?![,.]?\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + " " + MONTH + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (\\d{4})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|until|by|during|early|late|mid-|last|this|next|to|of) "
            + MONTH + "\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|since|until|by|during|of|from|early|late|mid-|before|after|through|throughout|for|between|and|to|the) ((?:19|20)\\d{2})\\b(?![-/]\\d| percent| per cent|%)");
    /** A year standing alone ("covered 2023 and 2024"), not a count ("2000 soldiers"), amount or part of a number. */
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<![$\u20AC\u00A3\\d.,])\\b((?:19[5-9]|20[0-4])\\d)\\b(?![-/.,]\\d| percent| per cent|%| [a-z]+s\\b| million| billion)");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|would|shall|is due to|are due to|scheduled|plans? to|next)\\b");
    private static final Pattern WEEKDAY_REF = Pattern.compile("\\b(?:(last|next|this|on|since|by|until|early|late) )?"
            + WEEKDAY + "\\b");
    private static final Pattern DEICTIC = Pattern.compile("\\b(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "\\b(?:(earlier|later) )?(last|this|next|earlier this|later this) (week|month|year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile("\\b(?:" + COUNT + " )?(days?|weeks?|months?|years?) ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a few", 3),
            Map.entry("few", 3), Map.entry("several", 3), Map.entry("some", 3));

    /** Every time expression below contains one of these; most sentences contain none, so skip them cheaply. */
    private static final Pattern MAY_HOLD_TIME = Pattern.compile(
            "\\d|day|week|month|year|ago|tonight|morning|afternoon|evening|night|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");

    List<TimeMention> resolve(String text, LocalDate published) {
        List<TimeMention> out = new ArrayList<>();
        if (!MAY_HOLD_TIME.matcher(text).find()) {
            return out;
        }
        boolean[] used = new boolean[text.length() + 1];
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            date(m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), used, out);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            date(m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), used, out);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (free(used, m) && !(m.group(1).equals("May") && !Character.isUpperCase(m.group(1).charAt(0)))) {
                add(m, String.format("%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1))), used, out);
            }
        }
        if (published != null) {
            m = MONTH_DAY.matcher(text);
            while (m.find()) {
                if (free(used, m)) {
                    int month = month(m.group(1));
                    int day = Integer.parseInt(m.group(2));
                    LocalDate date = safeDate(published.getYear(), month, day);
                    if (date != null && date.isAfter(published.plusDays(7))) {
                        date = safeDate(published.getYear() - 1, month, day);
                    }
                    if (date != null) {
                        add(m, date.toString(), used, out);
                    }
                }
            }
            m = DAY_MONTH.matcher(text);
            while (m.find()) {
                if (free(used, m)) {
                    int month = month(m.group(2));
                    int day = Integer.parseInt(m.group(1));
                    LocalDate date = safeDate(published.getYear(), month, day);
                    if (date != null && date.isAfter(published.plusDays(7))) {
                        date = safeDate(published.getYear() - 1, month, day);
                    }
                    if (date != null) {
                        add(m, date.toString(), used, out);
                    }
                }
            }
            m = IN_MONTH.matcher(text);
            while (m.find()) {
                if (free(used, m)) {
                    int month = month(m.group(1));
                    int year = published.getYear();
                    String lead = m.group().toLowerCase(Locale.ROOT);
                    boolean future = FUTURE.matcher(text).find();
                    if (lead.startsWith("next") || future && month > published.getMonthValue()) {
                        year = lead.startsWith("next") && month <= published.getMonthValue() ? year + 1 : year;
                    } else if (future) {
                        year = month < published.getMonthValue() ? year + 1 : year;
                    } else if (lead.startsWith("next")) {
                        year = month <= published.getMonthValue() ? year + 1 : year;
                    } else if (lead.startsWith("last") || month > published.getMonthValue()) {
                        year = month >= published.getMonthValue() ? year - 1 : year;
                    }
                    add(m, String.format("%04d-%02d", year, month), used, out);
                }
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (free(used, m.start(1), m.end(1))) {
                addRange(m.start(1), m.end(1), text, m.group(1), used, out);
            }
        }
        m = BARE_YEAR.matcher(text);
        while (m.find()) {
            if (free(used, m.start(1), m.end(1))) {
                addRange(m.start(1), m.end(1), text, m.group(1), used, out);
            }
        }
        if (published == null) {
            return out;
        }
        m = DEICTIC.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                LocalDate date = switch (w) {
                    case "yesterday", "last night" -> published.minusDays(1);
                    case "tomorrow" -> published.plusDays(1);
                    default -> published;
                };
                add(m, date.toString(), used, out);
            }
        }
        m = WEEKDAY_REF.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                LocalDate date;
                if (lead.equals("next")) {
                    date = published.with(TemporalAdjusters.next(day));
                } else if (lead.equals("last") && published.getDayOfWeek() == day) {
                    date = published.minusWeeks(1);
                } else {
                    date = published.with(TemporalAdjusters.previousOrSame(day));
                }
                add(m, date.toString(), used, out);
            }
        }
        m = RELATIVE_PERIOD.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                String which = m.group(2).toLowerCase(Locale.ROOT);
                int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                String unit = m.group(3).toLowerCase(Locale.ROOT);
                add(m, period(published, unit, shift), used, out);
            }
        }
        m = AGO.matcher(text);
        while (m.find()) {
            if (free(used, m)) {
                String countWord = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
                boolean vague = countWord == null || NUMBER_WORDS.containsKey(countWord) && NUMBER_WORDS.get(countWord) == 3
                        && !countWord.equals("three");
                int count = countWord == null ? 2 : countWord.matches("\\d+") ? Integer.parseInt(countWord)
                        : NUMBER_WORDS.getOrDefault(countWord, 2);
                String unit = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
                String value = switch (unit) {
                    case "day" -> vague ? period(published.minusDays(count), "week", 0) : published.minusDays(count).toString();
                    case "week" -> period(published.minusWeeks(count), "week", 0);
                    case "month" -> period(published.minusMonths(count), "month", 0);
                    default -> period(published.minusYears(count), "year", 0);
                };
                add(m, value, used, out);
            }
        }
        return out;
    }

    private static String period(LocalDate anchor, String unit, int shift) {
        return switch (unit) {
            case "week" -> {
                LocalDate d = anchor.plusWeeks(shift);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> {
                LocalDate d = anchor.plusMonths(shift);
                yield String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(anchor.getYear() + shift);
        };
    }

    private static void date(Matcher m, int year, int month, int day, boolean[] used, List<TimeMention> out) {
        LocalDate date = safeDate(year, month, day);
        if (date != null && free(used, m)) {
            add(m, date.toString(), used, out);
        }
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static boolean free(boolean[] used, Matcher m) {
        return free(used, m.start(), m.end());
    }

    private static boolean free(boolean[] used, int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(Matcher m, String value, boolean[] used, List<TimeMention> out) {
        addRange(m.start(), m.end(), null, m.group(), used, out);
        out.set(out.size() - 1, new TimeMention(m.group(), value));
    }

    private static void addRange(int start, int end, String text, String value, boolean[] used, List<TimeMention> out) {
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        out.add(new TimeMention(text != null ? text.substring(start, end) : value, value));
    }
}
