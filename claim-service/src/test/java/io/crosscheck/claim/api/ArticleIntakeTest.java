package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.crosscheck.claim.api.StoryFixtures.BLAST_TWELVE;
import static io.crosscheck.claim.api.StoryFixtures.MESSAGE_DENIED;
import static io.crosscheck.claim.api.StoryFixtures.article;
import static io.crosscheck.claim.api.StoryFixtures.awaitAnalysed;
import static io.crosscheck.claim.api.StoryFixtures.deliver;
import static io.crosscheck.claim.api.StoryFixtures.storyOf;
import static io.crosscheck.serviceauth.testing.ServiceTokenForRestAssured.withoutServiceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleIntakeTest {

    @Test
    void deliveredArticleIsAnalysedWithItsClaims() {
        UUID id = deliver(article("Kremlin denies message", MESSAGE_DENIED, "Intake Wire", "2025-06-25T10:00:00Z"));
        awaitAnalysed(id);
        given().get("/articles/" + id + "/analysis").then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("extractor", org.hamcrest.Matchers.startsWith("extractor-"))
                .body("claims.size()", greaterThan(0))
                .body("claims.articleId", hasItem(id.toString()))
                .body("claims.claimant.name", hasItem("Dmitry Peskov"))
                .body("claims.polarity", hasItem("DENIES"));
    }

    /** A made-up article put straight to the claim-service, bypassing the gateway, must not reach a story. */
    @Test
    void aDeliveryWithoutTheServiceTokenIsRefusedAndNotAnalysed() {
        UUID id = UUID.randomUUID();
        Map<String, Object> madeUp = article("Kremlin denies message", MESSAGE_DENIED, "Forged Wire", "2025-06-25T10:00:00Z");
        withoutServiceToken().contentType(ContentType.JSON).body(madeUp).put("/articles/" + id).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer not-the-service-token-but-long-enough-to-pass")
                .contentType(ContentType.JSON).body(madeUp).put("/articles/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer not-the-service-token-but-long-enough-to-pass")
                .contentType(ContentType.JSON).body(Map.of("claim", "x")).post("/claims/check").then().statusCode(401);
        withoutServiceToken().delete("/articles/" + UUID.randomUUID()).then().statusCode(401);
        given().get("/articles/" + id + "/analysis").then().statusCode(404);
    }

    @Test
    void deliveringTheSameArticleAgainDoesNotReanalyseIt() {
        Map<String, Object> article = article("Northfield blast", BLAST_TWELVE, "Repeat Wire", "2025-03-03T12:00:00Z");
        UUID id = deliver(article);
        awaitAnalysed(id);
        List<String> before = given().get("/articles/" + id + "/analysis").then().extract().path("claims.id");
        given().contentType(ContentType.JSON).body(article).put("/articles/" + id).then()
                .statusCode(202).body("queued", equalTo(false));
        List<String> after = given().get("/articles/" + id + "/analysis").then().extract().path("claims.id");
        assertEquals(before, after, "the same claims, not re-extracted copies");
    }

    @Test
    void changedTextIsReanalysed() {
        Map<String, Object> article = article("Northfield blast", BLAST_TWELVE, "Change Wire", "2025-03-03T12:00:00Z");
        UUID id = deliver(article);
        awaitAnalysed(id);
        article.put("text", BLAST_TWELVE + " Investigators said a gas leak caused the explosion.");
        article.put("contentHash", "changed");
        given().contentType(ContentType.JSON).body(article).put("/articles/" + id).then()
                .statusCode(202).body("queued", equalTo(true));
        awaitAnalysed(id);
        given().get("/articles/" + id + "/analysis").then().body("claims.sentence", hasItem(
                org.hamcrest.Matchers.containsString("gas leak")));
    }

    @Test
    void deletedArticleTakesItsClaimsAndItsStoryWithIt() {
        UUID id = deliver(article("Northfield blast", BLAST_TWELVE, "Delete Wire", "2025-01-10T12:00:00Z"));
        awaitAnalysed(id);
        String story = storyOf(id);
        given().delete("/articles/" + id).then().statusCode(204);
        given().get("/articles/" + id + "/analysis").then().statusCode(404);
        if (story != null) {
            given().get("/stories/" + story).then().statusCode(404);
        }
        given().delete("/articles/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    /** One post cannot cost unbounded work: 600 sentences are analysed and 300 claims kept (application.properties). */
    @Test
    void aVeryLongArticleIsAnalysedUpToItsWorkLimits() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 640; i++) {
            text.append("Officials in district ").append(i).append(" said ").append(i % 40 + 2)
                    .append(" workers were hurt at the Northfield depot on Monday. ");
        }
        text.append("Inspector Zorvath Quell said the depot had failed every inspection since 2019.");
        UUID id = deliver(article("Northfield depot accident tally", text.toString(), "Long Wire", "2025-04-01T12:00:00Z"));
        awaitAnalysed(id, Duration.ofMinutes(2));
        List<String> sentences = given().get("/articles/" + id + "/analysis").then().statusCode(200)
                .body("status", equalTo("DONE")).extract().path("claims.sentence");
        assertTrue(sentences.size() <= 300, "at most 300 claims: " + sentences.size());
        assertTrue(sentences.size() > 100, "the analysed part still gives its claims: " + sentences.size());
        assertTrue(sentences.stream().noneMatch(s -> s.contains("Zorvath")), "the 641st sentence is not analysed");
    }

    @Test
    void unknownArticleAnswers404() {
        given().get("/articles/" + UUID.randomUUID() + "/analysis").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void articleWithoutRequiredFieldsAnswers400() {
        given().contentType(ContentType.JSON).body(Map.of("title", "No text")).put("/articles/" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
    }
}
