package io.crosscheck.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] accepts gzip: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | false",
            "'' | false",
            "gzip | true",
            "GZIP | true",
            "x-gzip | true",
            "gzip;q=0.5 | true",
            "gzip ; q=0.001 | true",
            "gzip;q=1.000 | true",
            "gzip;q=0 | false",
            "gzip;Q=0.000 | false",
            "gzip;q=1.5 | false",
            "gzip;q=-1 | false",
            "gzip;q=NaN | false",
            "* | true",
            "*;q=0 | false",
            "'gzip;q=0, *' | false",
            "'*, gzip;q=0' | false",
            "'gzip;q=0, *;q=1' | false",
            "'*;q=0, gzip' | true",
            "'identity;q=0, *;q=0.3' | true",
            "'deflate, br' | false",
            "identity | false",
            "'br;q=1.0, gzip;q=0.8, *;q=0.1' | true",
            "'gzipped, gzip2' | false",
    })
    void oneHeader(String header, boolean accepted) {
        assertEquals(accepted, AcceptEncoding.acceptsGzip(Arrays.asList(header)));
    }

    @ParameterizedTest(name = "{0} accepts gzip: {1}")
    @CsvSource(delimiter = '|', value = {
            "br ~ gzip | true",
            "gzip;q=0 ~ * | false",
            "deflate ~ br | false",
            "* ~ gzip;q=0 | false",
    })
    void severalHeaderLines(String lines, boolean accepted) {
        assertEquals(accepted, AcceptEncoding.acceptsGzip(List.of(lines.split(" ~ "))));
    }
}
