package io.crosscheck.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** wrk's report, as wrk 4.1 prints it with --latency, read into a benchmark cell. */
class WrkTest {

    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:18080/api/stories/7c1f
              2 threads and 50 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     6.10ms    4.02ms  61.23ms   88.01%
                Req/Sec     4.21k   312.55     5.02k    71.50%
              Latency Distribution
                 50%  850.00us
                 75%    7.02ms
                 90%   10.11ms
                 99%    1.20s
              83722 requests in 10.01s, 5.43GB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 22
            Requests/sec:   8363.94
            Transfer/sec:    555.22MB
            """;

    @Test
    void readsPercentilesInTheirUnitsRequestsAndErrors() {
        ReportBenchmark.Cell cell = Wrk.parse(REPORT, true);
        assertEquals(0.85, cell.p50(), 1e-9);
        assertEquals(1200, cell.p99(), 1e-9);
        assertEquals(83722 - 22, cell.requests());
        assertEquals(10.01, cell.seconds(), 1e-9);
        assertEquals(25, cell.errors());
        assertEquals(22, cell.codes().get(0));
        assertEquals(3, cell.codes().get(-1));
        assertEquals(83722 - 22, cell.gzipped());
    }

    @Test
    void refusesOutputWithoutTheLatencyDistribution() {
        assertThrows(IllegalStateException.class, () -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused", false));
    }
}
