package io.crosscheck.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One cell of the report benchmark measured by wrk: closed-loop connections, latency percentiles from all requests. */
final class Wrk {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ([0-9.]+)(us|ms|s|m)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static ReportBenchmark.Cell measure(String gatewayUrl, String path, int clients, Duration duration,
                                        String acceptEncoding) throws IOException, InterruptedException {
        GatewayClient.Fetched probe = new GatewayClient(gatewayUrl).getDiscarding(path, Duration.ofSeconds(60),
                acceptEncoding);
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, clients)),
                "-c", String.valueOf(clients), "-d", duration.toSeconds() + "s", "--timeout", "60s", "--latency"));
        if (acceptEncoding != null) {
            command.addAll(List.of("-H", "Accept-Encoding: " + acceptEncoding));
        }
        command.add(gatewayUrl + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return parse(output, probe.status() == 200 && probe.gzip());
    }

    /** Parses wrk's report (with --latency); package-private for its test. */
    static ReportBenchmark.Cell parse(String output, boolean gzip) {
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        int requests = -1;
        double seconds = Double.NaN;
        Map<Integer, Integer> codes = new TreeMap<>();
        for (String line : output.split("\n")) {
            Matcher m = PERCENTILE.matcher(line);
            if (m.find()) {
                double ms = millis(Double.parseDouble(m.group(2)), m.group(3));
                if (m.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
                continue;
            }
            m = REQUESTS.matcher(line);
            if (m.find()) {
                requests = Integer.parseInt(m.group(1));
                seconds = millis(Double.parseDouble(m.group(2)), m.group(3)) / 1000;
                continue;
            }
            m = NON_2XX.matcher(line);
            if (m.find()) {
                codes.merge(0, Integer.parseInt(m.group(1)), Integer::sum);
                continue;
            }
            m = SOCKET_ERRORS.matcher(line);
            if (m.find()) {
                int socketErrors = 0;
                for (int g = 1; g <= 4; g++) {
                    socketErrors += Integer.parseInt(m.group(g));
                }
                if (socketErrors > 0) {
                    codes.merge(-1, socketErrors, Integer::sum);
                }
            }
        }
        if (requests < 0 || Double.isNaN(p50) || Double.isNaN(p99) || Double.isNaN(seconds)) {
            throw new IllegalStateException("cannot read wrk's output:\n" + output);
        }
        int errors = codes.values().stream().mapToInt(Integer::intValue).sum();
        // wrk counts every answer; the Java generator counts 200s as requests and the rest as errors.
        int answered = requests - Math.min(requests, codes.getOrDefault(0, 0));
        return new ReportBenchmark.Cell(answered, seconds, p50, p99, errors, codes, gzip ? answered : 0);
    }

    private static double millis(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
