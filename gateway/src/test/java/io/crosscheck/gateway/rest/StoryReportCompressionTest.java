package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.crosscheck.gateway.Stubs.PROBLEM_JSON;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Story reports go gzip-compressed to callers that accept gzip, compressed once per revision. Requests here are
 * made without REST Assured's content decoders: it then sends no Accept-Encoding of its own and hands over the
 * bytes as they were on the wire. No injection, so {@code StoryReportCompressionIT} runs the same against the jar.
 */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
public class StoryReportCompressionTest {

    private static final String JSON = "application/json";

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void gzipIsSentCompressedWithItsOwnETagAndDecompressesToTheReport() {
        String id = newId();
        String report = stubReport(id, 40, 3);

        Response answer = onTheWire().header("Accept-Encoding", "gzip, deflate, br").get("/api/stories/" + id);

        answer.then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", "Accept-Encoding")
                .header("ETag", "\"" + id + "-3-gzip\"")
                .contentType(JSON);
        byte[] wire = answer.asByteArray();
        assertEquals(0x1f, wire[0] & 0xff, "gzip magic");
        assertEquals(0x8b, wire[1] & 0xff, "gzip magic");
        assertThat(wire.length, lessThan(report.length() / 3));
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), gunzip(wire));
    }

    @Test
    void withoutAcceptEncodingTheReportIsSentAsItIs() {
        String id = newId();
        String report = stubReport(id, 40, 3);

        Response answer = onTheWire().get("/api/stories/" + id);

        answer.then().statusCode(200)
                .header("Content-Encoding", nullValue())
                .header("Vary", "Accept-Encoding")
                .header("ETag", "\"" + id + "-3\"")
                .contentType(JSON);
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), answer.asByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip;q=0", "GZIP; Q=0, identity", "identity", "br, deflate", "*;q=0", "gzip;q=0, *",
            "gzip;q=x"})
    void encodingsThatRefuseGzipGetTheReportAsItIs(String acceptEncoding) {
        String id = newId();
        String report = stubReport(id, 40, 3);

        Response answer = onTheWire().header("Accept-Encoding", acceptEncoding).get("/api/stories/" + id);

        answer.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", "\"" + id + "-3\"");
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), answer.asByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GZip;q=0.5", "*", "br;q=1.0, gzip;q=0.001", "x-gzip", "identity;q=0, *;q=0.2"})
    void encodingsThatAcceptGzipGetItCompressed(String acceptEncoding) {
        String id = newId();
        String report = stubReport(id, 40, 3);

        Response answer = onTheWire().header("Accept-Encoding", acceptEncoding).get("/api/stories/" + id);

        answer.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"" + id + "-3-gzip\"");
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), gunzip(answer.asByteArray()));
    }

    @Test
    void acceptEncodingRepeatedOverSeveralHeaderLinesCounts() {
        String id = newId();
        stubReport(id, 40, 3);

        onTheWire().header("Accept-Encoding", "br").header("Accept-Encoding", "gzip").get("/api/stories/" + id)
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void aReportBelowTheMinimumSizeIsNotCompressed() {
        String id = newId();
        String report = stubReport(id, 1, 3);
        assertThat(report.length(), lessThan(1024));

        Response answer = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id);

        answer.then().statusCode(200)
                .header("Content-Encoding", nullValue())
                .header("Vary", "Accept-Encoding")
                .header("ETag", "\"" + id + "-3\"");
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), answer.asByteArray());
    }

    @Test
    void eitherRepresentationsETagGets304AndTheClaimServiceIsAskedWithTheIdentityOne() {
        String id = newId();
        stubReport(id, 40, 3);
        String identityTag = "\"" + id + "-3\"";
        String gzipTag = "\"" + id + "-3-gzip\"";
        onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id).then().statusCode(200);
        claimService.stubFor(get("/stories/" + id).withHeader("If-None-Match", equalTo(identityTag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", identityTag)));

        // The 304 names the tag the caller holds, so that its cache freshens that copy.
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).get("/api/stories/" + id)
                .then().statusCode(304).header("ETag", gzipTag).header("Vary", "Accept-Encoding")
                .header("Content-Encoding", nullValue());
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", identityTag).get("/api/stories/" + id)
                .then().statusCode(304).header("ETag", identityTag);
        onTheWire().header("If-None-Match", gzipTag).get("/api/stories/" + id)
                .then().statusCode(304).header("ETag", gzipTag);
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", "\"other\", W/" + gzipTag)
                .get("/api/stories/" + id).then().statusCode(304).header("ETag", gzipTag);
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", "\"other\"")
                .header("If-None-Match", identityTag).get("/api/stories/" + id).then().statusCode(304);
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", "*").get("/api/stories/" + id)
                .then().statusCode(304).header("ETag", gzipTag);
        onTheWire().header("Accept-Encoding", "gzip").header("If-None-Match", "\"" + id + "-2-gzip\"")
                .get("/api/stories/" + id).then().statusCode(200).header("ETag", gzipTag);

        claimService.verify(7, getRequestedFor(urlEqualTo("/stories/" + id)).withHeader("If-None-Match", equalTo(identityTag)));
    }

    @Test
    void eachRevisionIsCompressedOnceHoweverOftenItIsServed() {
        String id = newId();
        String tag = "\"" + id + "-3\"";
        stubReport(id, 40, 3);
        double before = compressions();

        onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id).then().statusCode(200);
        assertEquals(before + 1, compressions(), "the first gzip answer compresses");
        claimService.stubFor(get("/stories/" + id).withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
        for (int i = 0; i < 5; i++) {
            Response again = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id);
            again.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"" + id + "-3-gzip\"");
            gunzip(again.asByteArray());
        }
        assertEquals(before + 1, compressions(), "the unchanged revision is sent from the kept gzip bytes");

        claimService.resetAll();
        String revised = stubReport(id, 41, 4);
        Response answer = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id);
        answer.then().statusCode(200).header("ETag", "\"" + id + "-4-gzip\"");
        assertArrayEquals(revised.getBytes(StandardCharsets.UTF_8), gunzip(answer.asByteArray()));
        assertEquals(before + 2, compressions(), "a new revision is compressed once more");
    }

    @Test
    void theSameRevisionSentAgainWith200IsNotCompressedAgain() {
        String id = newId();
        stubReport(id, 40, 3); // answers 200 whatever the If-None-Match
        double before = compressions();

        for (int i = 0; i < 3; i++) {
            onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id).then()
                    .statusCode(200).header("ETag", "\"" + id + "-3-gzip\"");
        }

        assertEquals(before + 1, compressions());
    }

    @Test
    void aReportWithoutETagIsNotKeptSoItIsSentAsItIs() {
        String id = newId();
        String report = reportJson(id, 40);
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", JSON).withBody(report)));

        Response answer = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id);

        answer.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", nullValue());
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8), answer.asByteArray());
    }

    @Test
    void errorsArePassedOnUncompressed() {
        String id = newId();
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No story with id " + id, "/stories/" + id))));

        onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Content-Encoding", nullValue())
                .body("instance", is("/api/stories/" + id));
    }

    /** REST Assured without content decoders: no Accept-Encoding unless a test sets one, and the raw bytes back. */
    private static RequestSpecification onTheWire() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    /** Stubs revision {@code revision} of a report with {@code articles} articles; returns its JSON. */
    private static String stubReport(String id, int articles, int revision) {
        String report = reportJson(id, articles);
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", JSON).withHeader("ETag", "\"" + id + "-" + revision + "\"")
                .withBody(report)));
        return report;
    }

    private static String reportJson(String id, int articles) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"title\":\"Rail line\",\"articles\":[");
        for (int i = 0; i < articles; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"id":"%s","title":"Ministry announces a %d-kilometre rail line","source":"Example Wire %d",\
                    "publishedAt":"2025-06-24T09:%02d:00Z"}""".formatted(newId(), 60 + i, i % 7, i % 60));
        }
        return json.append("],\"claims\":[]}").toString();
    }

    /** The gateway's own count of compressions, from its Prometheus endpoint. */
    private static double compressions() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("crosscheck_gateway_story_report_compressions_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static byte[] gunzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
