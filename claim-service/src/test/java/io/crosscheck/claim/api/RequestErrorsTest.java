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
                .body("detail", not(containsString("StreamReadConstraints")))
                .body("detail", not(containsString("`")));
    }
}
