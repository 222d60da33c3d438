package io.crosscheck.article.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test helpers: articles written for these tests (never copied from outside). */
final class Articles {

    private Articles() {
    }

    static String uniqueSource() {
        return "Test Wire " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String source, String title, String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("body", body);
        article.put("source", source);
        return article;
    }

    static Map<String, Object> sample(String source) {
        return article(source, "Harbour authority reports record grain shipments",
                "The harbour authority said on Monday that 4.2 million tonnes of grain left the port in May. "
                        + "Officials said the figure was the highest since 2019. " + UUID.randomUUID());
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/articles").then();
    }

    static String create(Map<String, Object> article) {
        return post(article).statusCode(201).extract().path("id");
    }
}
