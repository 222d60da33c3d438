package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** The same-fact endpoint on claims written for this test: one pair per relation, and refused input. */
@QuarkusTest
class CompareResourceTest {

    private static ValidatableResponse compare(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims/compare").then();
    }

    @Test
    void aParaphraseIsTheSameFact() {
        compare(Map.of("a", "The central bank raised interest rates by half a point on Thursday.",
                "b", "On Thursday the central bank raised its interest rates by half a point."))
                .statusCode(200).body("relation", equalTo("SAME"))
                .body("score", greaterThanOrEqualTo(0.5f)).body("score", lessThanOrEqualTo(1f));
    }

    @Test
    void differentCountsOfOneFactConflict() {
        compare(Map.of("a", "12 people were injured in the explosion at the Kabul market on Monday.",
                "b", "Seven people were injured in the explosion at the Kabul market on Monday."))
                .statusCode(200).body("relation", equalTo("CONFLICTS")).body("detail", containsString("12 against 7"));
    }

    @Test
    void unrelatedClaimsAreUnrelated() {
        compare(Map.of("a", "The central bank raised interest rates by half a point on Thursday.",
                "b", "Riverside United beat Northgate 3-1 with two late goals from their striker."))
                .statusCode(200).body("relation", equalTo("UNRELATED"));
    }

    @Test
    void missingSecondClaimAnswers400NamingIt() {
        compare(Map.of("a", "Some claim.")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("b"));
    }

    @Test
    void overLongClaimAnswers400NamingIt() {
        compare(Map.of("a", "word ".repeat(500), "b", "Some claim.")).statusCode(400)
                .body("errors[0].field", equalTo("a")).body("errors[0].message", containsString("2000"));
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNamingTheField() {
        compare(Map.of("a", 12, "b", "Some claim.")).statusCode(400).body("errors[0].field", equalTo("a"));
    }
}
