package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ExtractResourceTest {

    private static io.restassured.response.ValidatableResponse extract(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/extract").then();
    }

    @Test
    void extractsAttributedDenialWithClaimantAndResolvedTime() {
        extract(Map.of("text", StoryFixtures.MESSAGE_DENIED, "publishedAt", "2025-06-25"))
                .statusCode(200)
                .body("extractor", notNullValue())
                .body("claims.size()", greaterThan(0))
                .body("claims.claimant.name", hasItem("Dmitry Peskov"))
                .body("claims.claimant.role", hasItem("Kremlin spokesman"))
                .body("claims.polarity", hasItem("DENIES"))
                .body("claims[0].span.start", notNullValue());
    }

    @Test
    void missingTextAnswers400NamingIt() {
        extract(Map.of("title", "No text")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void textOfTheWrongTypeAnswers400NamingIt() {
        extract(Map.of("text", 12)).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonAnswers400() {
        extract("{\"text\": ").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badDateAnswers400NamingIt() {
        extract(Map.of("text", "The council met.", "publishedAt", "Tuesday")).statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void textOverTwoMegabytesAnswers413() {
        extract(Map.of("text", "a".repeat(2 * 1024 * 1024 + 1))).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void emptyTextGivesNoClaims() {
        extract(Map.of("text", "")).statusCode(200).body("claims.size()", equalTo(0));
    }

    @Test
    void binaryJunkAndMixedScriptsGiveAResultNotAnError() {
        StringBuilder junk = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            junk.append((char) (random.nextInt(0xD000) + 1));
        }
        junk.append(" Москва заявила. 北京表示. The ministry said 40 people were hurt.");
        extract(Map.of("text", junk.toString())).statusCode(200);
    }

    @Test
    void oneHugeSentenceWithoutPunctuationGivesAResult() {
        String words = "the minister said the plan would cost more than expected and officials were asked ";
        extract(Map.of("text", words.repeat(10_000 / 14))).statusCode(200);
    }

    @Test
    void twoMegabytesOfProseGiveAResult() {
        String sentence = "The port authority said on Monday that grain exports rose by 4 percent in May. ";
        extract(Map.of("text", sentence.repeat(2 * 1024 * 1024 / sentence.length() - 1))).statusCode(200);
    }
}
