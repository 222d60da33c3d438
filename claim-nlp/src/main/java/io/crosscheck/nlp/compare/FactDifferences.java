package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.EntityType;
import io.crosscheck.nlp.extract.FactReader;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.TimeMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checkable details on which two statements disagree: figures, dates, places and polarity. A detail only one side
 * gives is not a disagreement ("7 injured" / "several injured"): each kind counts only when both sides give it.
 */
record FactDifferences(boolean figures, boolean times, boolean places, boolean polarity, List<String> described) {

    static FactDifferences between(FactReader.Facts a, FactReader.Facts b) {
        List<String> described = new ArrayList<>();
        boolean figures = figuresDiffer(a.figures(), b.figures(), described);
        boolean times = timesDiffer(a.times(), b.times(), described);
        boolean places = differ(places(a), places(b), "places", described);
        boolean polarity = a.polarity() != b.polarity();
        if (polarity) {
            described.add(a.polarity() == Polarity.DENIES ? "the first denies what the second affirms"
                    : "the second denies what the first affirms");
        }
        return new FactDifferences(figures, times, places, polarity, List.copyOf(described));
    }

    boolean any() {
        return figures || times || places || polarity;
    }

    /** Both give some, and each gives one the other does not: "12 and 3" against "12" is a detail left out, not a conflict. */
    private static boolean differ(Map<String, String> a, Map<String, String> b, String what, List<String> described) {
        if (a.isEmpty() || b.isEmpty() || a.keySet().containsAll(b.keySet()) || b.keySet().containsAll(a.keySet())) {
            return false;
        }
        described.add(what + " " + String.join(", ", a.values()) + " against " + String.join(", ", b.values()));
        return true;
    }

    /**
     * Both give figures, and each gives one the other does not. Figures agree when the more precise one, rounded to the
     * other's significant digits, is the other: "$64.7 billion" and "some $65 billion", "296" and "300 people".
     */
    private static boolean figuresDiffer(List<Double> a, List<Double> b, List<String> described) {
        if (a.isEmpty() || b.isEmpty() || allMatched(a, b) || allMatched(b, a)) {
            return false;
        }
        described.add("figures " + format(a) + " against " + format(b));
        return true;
    }

    private static boolean allMatched(List<Double> figures, List<Double> others) {
        return figures.stream().allMatch(f -> others.stream().anyMatch(o -> agree(f, o)));
    }

    static boolean agree(double x, double y) {
        if (x == y) {
            return true;
        }
        int digitsX = significantDigits(x);
        int digitsY = significantDigits(y);
        double coarse = digitsX <= digitsY ? x : y;
        double fine = digitsX <= digitsY ? y : x;
        return coarse != 0 && round(fine, Math.min(digitsX, digitsY)) == round(coarse, Math.min(digitsX, digitsY));
    }

    private static double round(double value, int digits) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).doubleValue();
    }

    /**
     * Trailing zeros of a figure from 100 up are not significant ("300" may be a rounded 296), but two digits always
     * are ("1,000" against "1,200" differ), and below 100 every digit counts ("10 injured" against "12 injured").
     */
    static int significantDigits(double value) {
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(Math.abs(value));
        java.math.BigDecimal stripped = exact.stripTrailingZeros();
        if (Math.abs(value) < 100 && value == Math.rint(value)) {
            return Math.max(1, exact.toBigInteger().toString().length());
        }
        return Math.abs(value) >= 100 ? Math.max(2, stripped.precision()) : Math.max(1, stripped.precision());
    }

    private static String format(List<Double> figures) {
        return figures.stream().map(FactDifferences::format).distinct().collect(Collectors.joining(", "));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).toPlainString();
    }

    /** "2014-05" and "2014-05-12" agree: one is the other, said less precisely. */
    private static boolean timesDiffer(List<TimeMention> a, List<TimeMention> b, List<String> described) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (TimeMention x : a) {
            for (TimeMention y : b) {
                if (x.value().startsWith(y.value()) || y.value().startsWith(x.value())) {
                    return false;
                }
            }
        }
        described.add("dates " + a.stream().map(TimeMention::value).collect(Collectors.joining(", ")) + " against "
                + b.stream().map(TimeMention::value).collect(Collectors.joining(", ")));
        return true;
    }

    /** The places named, by lower-cased name, as written. */
    static Map<String, String> places(FactReader.Facts facts) {
        Map<String, String> out = new TreeMap<>();
        for (Entity e : facts.entities()) {
            if (e.type() == EntityType.LOCATION) {
                out.putIfAbsent(e.text().toLowerCase(Locale.ROOT), e.text());
            }
        }
        return out;
    }

    /** Every entity named, lower-cased. */
    static Set<String> names(FactReader.Facts facts) {
        Set<String> out = new TreeSet<>();
        for (Entity e : facts.entities()) {
            out.add(e.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
