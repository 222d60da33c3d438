package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** The stance endpoint on texts written for this test, one per class. */
@QuarkusTest
class StanceResourceTest {

    private static final String CLAIM = "The central bank raised interest rates by 50 basis points";

    private static io.restassured.response.ValidatableResponse stance(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/stance").then();
    }

    @Test
    void affirmingTextSupports() {
        stance(Map.of("claim", CLAIM, "text", "The central bank raised interest rates by 50 basis points on Thursday, "
                + "its biggest increase in a decade. The governor said inflation had to be brought down."))
                .statusCode(200).body("stance", equalTo("SUPPORTS")).body("evidence.size()", greaterThan(0));
    }

    @Test
    void denyingTextDenies() {
        stance(Map.of("claim", CLAIM, "text", "The central bank denied that it had raised interest rates by 50 basis "
                + "points. Reports of an increase were not true, a spokeswoman said, and rates were left unchanged."))
                .statusCode(200).body("stance", equalTo("DENIES"));
    }

    @Test
    void unrelatedTextIsUnrelated() {
        stance(Map.of("claim", CLAIM, "text", "The home side won the derby 3-1 on Saturday after a late penalty. "
                + "The striker scored twice and the coach praised the defence."))
                .statusCode(200).body("stance", equalTo("UNRELATED")).body("evidence.size()", equalTo(0));
    }

    @Test
    void missingClaimAnswers400NamingIt() {
        stance(Map.of("text", "Some text.")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("claim"));
    }

    @Test
    void missingTextAnswers400NamingIt() {
        stance(Map.of("claim", CLAIM)).statusCode(400).body("errors[0].field", equalTo("text"));
    }
}
