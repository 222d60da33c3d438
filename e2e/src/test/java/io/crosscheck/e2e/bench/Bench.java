package io.crosscheck.e2e.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Settings and small helpers shared by the benchmark mains. Every size, count and duration is a system property
 * ({@code -Dbench.ingest.articles=400}); {@code -Dbench.quick=true} switches the defaults to a smoke-test size.
 * Results (Markdown) go to stdout, progress to stderr.
 */
final class Bench {

    private Bench() {
    }

    static Path root(String[] args) {
        return Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
    }

    static boolean quick() {
        return Boolean.getBoolean("bench.quick");
    }

    static int runs(int defaultRuns) {
        return Integer.getInteger("bench.runs", defaultRuns);
    }

    static int integer(String name, int normal, int quick) {
        return Integer.getInteger(name, quick() ? quick : normal);
    }

    static int[] integers(String name, String normal, String quick) {
        String value = System.getProperty(name, quick() ? quick : normal);
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
    }

    static void log(String format, Object... args) {
        System.err.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " [bench] "
                + String.format(Locale.ROOT, format, args));
    }

    /** Nearest-rank percentile of unsorted values; NaN when there are none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** A figure for a table: thousands separated, one decimal below 10, none above ("—" for NaN). */
    static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "—";
        }
        if (Math.abs(value) < 10 && value != Math.rint(value)) {
            return String.format(Locale.ENGLISH, "%.1f", value);
        }
        return String.format(Locale.ENGLISH, "%,.0f", value);
    }

    /** Two decimals, for ratios. */
    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "—" : String.format(Locale.ENGLISH, "%.2f", value);
    }

    static String bytes(long bytes) {
        if (bytes < 0) {
            return "—";
        }
        if (bytes < 10_000) {
            return String.format(Locale.ENGLISH, "%,d B", bytes);
        }
        if (bytes < 10_000_000) {
            return String.format(Locale.ENGLISH, "%,.0f KB", bytes / 1000.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1e6);
    }
}
