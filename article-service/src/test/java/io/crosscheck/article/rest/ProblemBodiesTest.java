package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.create;
import static io.crosscheck.article.rest.Articles.post;
import static io.crosscheck.article.rest.Articles.sample;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whole problem bodies, byte for byte, from each place that makes one: the shared mappers of the
 * crosscheck-http-problem jar (found by Quarkus only through its Jandex index) and this service's mappers of its
 * domain exceptions. Other tests check single fields; these pin the exact answer clients see.
 */
@QuarkusTest
class ProblemBodiesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void problemExceptionIsAnsweredByTheSharedMapper() {
        given().get("/api/articles/not-an-id").then()
                .statusCode(404).contentType(PROBLEM)
                .body(equalTo("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"No article with id not-an-id\",\"instance\":\"/api/articles/not-an-id\"}"));
    }

    @Test
    void jaxRsErrorIsAnsweredByTheSharedMapper() {
        given().get("/api/no-such-thing").then()
                .statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void articleNotFound() {
        UUID id = UUID.randomUUID();
        given().delete("/api/articles/" + id).then()
                .statusCode(404).contentType(PROBLEM)
                .body(equalTo("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"No article with id " + id + "\",\"instance\":\"/api/articles/" + id + "\"}"));
    }

    @Test
    void staleVersion() {
        Map<String, Object> body = sample(uniqueSource());
        String id = create(body);
        body.put("version", 0);
        body.put("title", "The first editor's change");
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then().statusCode(200);
        body.put("title", "A second editor's change made from an old copy");

        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then()
                .statusCode(409).contentType(PROBLEM)
                .body(equalTo("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"Version 0 is stale: the article is at version 1; reload it and apply your "
                        + "change again\",\"instance\":\"/api/articles/" + id + "\"}"));
    }

    @Test
    void invalidArticleNamesItsField() {
        Map<String, Object> body = htmlWithoutText();

        post(body)
                .statusCode(400).contentType(PROBLEM)
                .body(equalTo("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"body: the HTML holds no readable text\",\"instance\":\"/api/articles\","
                        + "\"errors\":[{\"field\":\"body\",\"message\":\"the HTML holds no readable text\"}]}"));
    }

    @Test
    void invalidArticleInABatchIsThatItemsProblemWithoutInstance() {
        given().contentType(ContentType.JSON).body(List.of(htmlWithoutText())).post("/api/articles:batch").then()
                .statusCode(200).contentType(ContentType.JSON)
                .body(equalTo("{\"created\":0,\"duplicates\":0,\"failed\":1,\"items\":[{\"index\":0,\"status\":400,"
                        + "\"error\":{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"body: the HTML holds no readable text\","
                        + "\"errors\":[{\"field\":\"body\",\"message\":\"the HTML holds no readable text\"}]}}]}"));
    }

    private static Map<String, Object> htmlWithoutText() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("body", "<html><body><script>track()</script></body></html>");
        body.put("contentType", "text/html");
        return body;
    }
}
