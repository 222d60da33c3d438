package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Unreadable request bodies answer 400 naming the field, in the API's words rather than the parser's. */
@QuarkusTest
class RequestErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    private static io.restassured.response.ValidatableResponse check(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/claims/check").then();
    }

    @Test
    void aFractionalLimitIsRefusedNotRounded() {
        check("{\"claim\": \"The bridge was closed\", \"limit\": 1.5}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be an integer"));
    }

    @Test
    void aLimitTooLargeForAnyIntegerNamesTheField() {
        for (String limit : new String[] {"1000000000000000000000000000000", "100000000000", "-3000000000"}) {
            check("{\"claim\": \"The bridge was closed\", \"limit\": " + limit + "}").statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", equalTo("is out of range"))
                    .body("detail", not(containsString("java.")));
        }
    }

    @Test
    void aLimitOfTheWrongTypeSaysWhatIsExpectedWithoutJavaNames() {
        check("{\"claim\": \"The bridge was closed\", \"limit\": \"ten\"}").statusCode(400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be an integer"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        check("{\"claim\": \"The bridge was closed\"} {\"claim\": \"again\"}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void tooDeeplyNestedJsonIsRefusedWithoutNamingTheParsersSettings() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        check("{\"claim\": \"The bridge was closed\", \"limit\": " + deep + "}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"))
                .body("detail", not(containsString("StreamReadConstraints")))
                .body("detail", not(containsString("`")));
    }

    /**
     * Past the whole-request limit (8M here) the answer is problem+json, as every error, not an empty 413; it comes
     * before the body is read, so this client sends only the headers (a client writing 9 MB meets a closed socket).
     */
    @Test
    void aBodyAnnouncedOverTheRequestLimitIsRefusedWithAProblem() throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST /stance HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("content-type: " + PROBLEM), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"instance\":\"/stance\""), answer);
        }
    }
}
