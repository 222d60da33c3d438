package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.post;
import static io.crosscheck.article.rest.Articles.sample;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text the API refuses (NUL, unpaired surrogates, control characters), dates out of range and JSON with
 * something after the value: a 400 naming the field, and nothing stored.
 */
@QuarkusTest
class ArticleTextValidityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNulCharacterInAnyFieldIsA400NamingItAndNothingIsStored() {
        for (String field : List.of("source", "author", "title", "body")) {
            String source = uniqueSource();
            Map<String, Object> article = sample(source);
            article.put(field, field.equals("source") ? source + "\u0000" : "Text with a \u0000 inside");
            post(article).statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", containsString("NUL"));
            given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(0));
        }
    }

    @Test
    void aTitleOfOnlyNulIsRefusedNotStoredEmpty() {
        Map<String, Object> article = sample(uniqueSource());
        article.put("title", "\u0000");
        post(article).statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndAPairedOneAccepted() {
        Map<String, Object> lone = sample(uniqueSource());
        lone.put("title", "Harbour \ud800 report");
        post(lone).statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("unpaired surrogate"));
        Map<String, Object> emoji = sample(uniqueSource());
        emoji.put("title", "Harbour report \ud83d\udea2");
        post(emoji).statusCode(201).body("title", equalTo("Harbour report \ud83d\udea2"));
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
        Map<String, Object> bell = sample(uniqueSource());
        bell.put("body", "A body with a bell \u0007 in it and enough words to be an article body.");
        post(bell).statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("U+0007"));
        Map<String, Object> lines = sample(uniqueSource());
        lines.put("body", "First line.\r\nSecond\tline with a tab.\nThird line.");
        post(lines).statusCode(201);
    }

    @Test
    void publicationDatesBefore1800AreRefused() {
        Map<String, Object> article = sample(uniqueSource());
        article.put("publishedAt", "-5000-01-01T00:00:00Z");
        post(article).statusCode(400).body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", equalTo("must not be before 1800-01-01"));
        article.put("publishedAt", "1800-01-01");
        post(article).statusCode(201);
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        String source = uniqueSource();
        String one = "{\"title\": \"Harbour report\", \"body\": \"The harbour authority said grain left the port.\", "
                + "\"source\": \"" + source + "\"}";
        for (String body : List.of(one + "garbage", one + one, one + " ]")) {
            given().contentType(ContentType.JSON).body(body).post("/api/articles").then()
                    .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("(body)"));
        }
        given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(0));
        given().contentType(ContentType.JSON).body(one + "\n  ").post("/api/articles").then().statusCode(201);
    }

    @Test
    void inABatchTheItemWithNulFailsAloneAndIsReported() {
        String source = uniqueSource();
        Map<String, Object> bad = sample(source);
        bad.put("author", "A.\u0000Writer");
        given().contentType(ContentType.JSON).body(List.of(sample(source), bad, sample(source)))
                .post("/api/articles:batch").then()
                .statusCode(200)
                .body("items.status", contains(201, 400, 201))
                .body("items[1].error.errors[0].field", equalTo("author"));
        given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(2));
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() {
        given().queryParam("q", "grain\u0000").get("/api/articles").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("q"));
        given().queryParam("source", "Wire\u0000").get("/api/articles").then()
                .statusCode(400).body("errors[0].field", equalTo("source"));
    }
}
