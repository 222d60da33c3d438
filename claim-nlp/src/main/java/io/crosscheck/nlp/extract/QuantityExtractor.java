package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers with what they count or measure: "12 workers", "50 basis points", "4 percent", "$3.5 billion" (USD),
 * "1.2 million people". Years, days of dates, ages in compounds and bare numbers without a unit are left out: a
 * fact-checker cannot check a number without knowing what it counts.
 */
final class QuantityExtractor {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "bn", 1e9, "mln", 1e6, "m", 1e6, "k", 1e3, "b", 1e9, "tn", 1e12);
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "us$", "USD", "€", "EUR", "£",
            "GBP", "¥", "JPY", "₽", "RUB", "₹", "INR");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("rials", "IRR"), Map.entry("rupees", "INR"));
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("dozens", 24.0));
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
    private static final Set<String> NOT_UNITS = Set.of("times", "time", "percent", "am", "pm", "a.m.", "p.m.");

    List<Quantity> extract(AnalyzedSentence s, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Double value = numberValue(s, i);
            if (value == null) {
                continue;
            }
            int start = i;
            String currency = null;
            if (i > from && CURRENCY_SYMBOLS.containsKey(s.lower(i - 1))) {
                currency = CURRENCY_SYMBOLS.get(s.lower(i - 1));
                start = i - 1;
            } else if (s.words[i].length() > 1 && CURRENCY_SYMBOLS.containsKey(s.words[i].substring(0, 1))) {
                currency = CURRENCY_SYMBOLS.get(s.words[i].substring(0, 1));
            }
            if (isDatePart(s, i) || isAgeOrCompound(s, i)) {
                continue;
            }
            int k = i + 1;
            if (k < to && SCALES.containsKey(s.lower(k)) && (k + 1 >= to || !s.lower(k).equals("m") || currency != null)) {
                value *= SCALES.get(s.lower(k));
                k++;
            }
            String unit = null;
            int end = k;
            if (k < to && (s.words[k].equals("%") || s.lower(k).equals("percent"))) {
                unit = "percent";
                end = k + 1;
            } else if (k + 1 < to && s.lower(k).equals("per") && s.lower(k + 1).equals("cent")) {
                unit = "percent";
                end = k + 2;
            } else if (k + 1 < to && s.lower(k).equals("percentage") && s.lower(k + 1).startsWith("point")) {
                unit = "percentage points";
                end = k + 2;
            } else if (currency != null) {
                unit = currency;
                end = k;
            } else if (k < to && CURRENCY_WORDS.containsKey(s.lower(k))) {
                unit = CURRENCY_WORDS.get(s.lower(k));
                end = k + 1;
            } else {
                int[] noun = countedNoun(s, k, to);
                if (noun != null) {
                    unit = EntityRecognizer.sourceText(s, noun[0], noun[1]).toLowerCase(Locale.ROOT);
                    end = noun[1];
                }
            }
            if (unit == null || NOT_UNITS.contains(unit) && !unit.equals("percent")) {
                continue;
            }
            if (isYear(s.words[i]) && currency == null && !unit.equals("percent") && value == Math.floor(value)) {
                continue;
            }
            out.add(new Quantity(EntityRecognizer.clean(EntityRecognizer.sourceText(s, start, end)), value, unit));
            i = end - 1;
        }
        return out;
    }

    /** The noun (compound) a number counts, skipping up to two adjectives: "12 construction workers" → "construction workers". */
    private static int[] countedNoun(AnalyzedSentence s, int k, int to) {
        int i = k;
        int adjectives = 0;
        while (i < to && "ADJ".equals(s.tags[i]) && adjectives < 2) {
            i++;
            adjectives++;
        }
        int nounFrom = i;
        while (i < to && ("NOUN".equals(s.tags[i]) || "PROPN".equals(s.tags[i]) && !s.isCapitalized(i)) && i - nounFrom < 3
                && !MONTHS.contains(s.lower(i))) {
            i++;
        }
        if (i == nounFrom) {
            return null;
        }
        return new int[]{nounFrom, i};
    }

    /** The value of token i when it is a number ("12", "3,500", "$3.5", "twelve"), else null. */
    static Double numberValue(AnalyzedSentence s, int i) {
        String w = s.words[i];
        String lower = w.toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.containsKey(lower)) {
            // "one" is usually a pronoun ("one of the ..."); only count it before a noun.
            if (lower.equals("one") && (i + 1 >= s.size() || !"NOUN".equals(s.tags[i + 1]))) {
                return null;
            }
            return NUMBER_WORDS.get(lower);
        }
        String digits = w;
        if (!digits.isEmpty() && CURRENCY_SYMBOLS.containsKey(digits.substring(0, 1))) {
            digits = digits.substring(1);
        }
        if (!NUMBER.matcher(digits).matches()) {
            return null;
        }
        try {
            return Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDatePart(AnalyzedSentence s, int i) {
        return i > 0 && MONTHS.contains(s.lower(i - 1)) || i + 1 < s.size() && MONTHS.contains(s.lower(i + 1));
    }

    private static boolean isAgeOrCompound(AnalyzedSentence s, int i) {
        return s.words[i].contains("-") || i + 1 < s.size() && s.words[i + 1].startsWith("-");
    }

    static boolean isYear(String w) {
        return YEAR.matcher(w).matches();
    }
}
