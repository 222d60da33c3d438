package io.crosscheck.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.crosscheck.gateway.Stubs.newId;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vert.x compression is off in the gateway; should someone switch it on (JSON included), story reports must still
 * be compressed once by the gateway: gzip answers not compressed again nor stripped of their Content-Encoding,
 * identity answers not compressed per request behind an identity ETag.
 */
@QuarkusTest
@TestProfile(StoryReportUnderVertxCompressionTest.VertxCompressionOn.class)
@QuarkusTestResource(WireMockNeighbours.class)
public class StoryReportUnderVertxCompressionTest {

    public static class VertxCompressionOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.enable-compression", "true",
                    "quarkus.http.compress-media-types", "application/json",
                    // The REST clients would follow and ask WireMock for gzip, which rewrites its ETags.
                    "quarkus.rest-client.enable-compression", "false");
        }
    }

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void gzipAnswerIsCompressedOnceAndLabelledOnce() throws IOException {
        String id = newId();
        String report = stubReport(id, 6000);

        Response answer = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + id);

        answer.then().statusCode(200).header("ETag", "\"" + id + "-1-gzip\"");
        assertEquals(List.of("gzip"), answer.headers().getValues("Content-Encoding"));
        assertArrayEquals(report.getBytes(StandardCharsets.UTF_8),
                new GZIPInputStream(new ByteArrayInputStream(answer.asByteArray())).readAllBytes());
    }

    @Test
    void identityAnswersAreNotCompressedByVertx() {
        String small = newId();
        String smallReport = stubReport(small, 500);
        String large = newId();
        String largeReport = stubReport(large, 6000);

        Response belowMinimum = onTheWire().header("Accept-Encoding", "gzip").get("/api/stories/" + small);
        Response notAsked = onTheWire().header("Accept-Encoding", "gzip;q=0, deflate").get("/api/stories/" + large);

        belowMinimum.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", "\"" + small + "-1\"");
        assertArrayEquals(smallReport.getBytes(StandardCharsets.UTF_8), belowMinimum.asByteArray());
        notAsked.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", "\"" + large + "-1\"");
        assertArrayEquals(largeReport.getBytes(StandardCharsets.UTF_8), notAsked.asByteArray());
    }

    private static String stubReport(String id, int size) {
        String report = "{\"id\":\"" + id + "\",\"title\":\"" + "Rail line ".repeat(size / 10) + "\",\"articles\":[],\"claims\":[]}";
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"" + id + "-1\"").withBody(report)));
        return report;
    }

    private static RequestSpecification onTheWire() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }
}
