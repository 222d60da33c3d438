package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.article;
import static io.crosscheck.article.rest.Articles.create;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleListTest {

    private static String dated(String source, String title, String body, String publishedAt) {
        Map<String, Object> a = article(source, title, body);
        a.put("publishedAt", publishedAt);
        return create(a);
    }

    @Test
    void listIsNewestFirstAndPaged() {
        String source = uniqueSource();
        String oldest = dated(source, "First", "Ferry service resumed after the storm.", "2025-03-01T08:00:00Z");
        String newest = dated(source, "Third", "Ferry timetable extended into the evening.", "2025-03-03T08:00:00Z");
        String middle = dated(source, "Second", "Ferry operator hires twelve new crew.", "2025-03-02T08:00:00Z");

        given().queryParam("source", source).queryParam("size", 2).get("/api/articles").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.id", contains(newest, middle));
        given().queryParam("source", source).queryParam("size", 2).queryParam("page", 1).get("/api/articles").then()
                .body("items.id", contains(oldest));
        given().queryParam("source", source).queryParam("page", 5).get("/api/articles").then()
                .body("items", hasSize(0)).body("total", equalTo(3));
    }

    @Test
    void fromAndToFilterByPublicationDate() {
        String source = uniqueSource();
        dated(source, "Early", "Wheat harvest began in the south.", "2025-05-01T10:00:00Z");
        String inside = dated(source, "Mid", "Wheat prices fell by four percent.", "2025-05-10T10:00:00Z");
        dated(source, "Late", "Wheat exports were suspended.", "2025-05-20T10:00:00Z");
        given().queryParam("source", source).queryParam("from", "2025-05-05").queryParam("to", "2025-05-10")
                .get("/api/articles").then()
                .body("items.id", contains(inside));
    }

    @Test
    void fullTextSearchFindsWordsInTitleOrBodyWithStemming() {
        String source = uniqueSource();
        String match = create(article(source, "Volcano erupts near island village",
                "Residents were evacuated as ash covered the harbour."));
        create(article(source, "Council approves library budget", "The library will open longer hours."));
        given().queryParam("source", source).queryParam("q", "evacuating residents").get("/api/articles").then()
                .body("items.id", contains(match));
        given().queryParam("source", source).queryParam("q", "volcano -library").get("/api/articles").then()
                .body("items.id", contains(match));
        given().queryParam("source", source).queryParam("q", "\"library budget\"").get("/api/articles").then()
                .body("items", hasSize(1));
    }

    @Test
    void pageSizeOutsideTheBoundsAnswers400NamingIt() {
        given().queryParam("size", 0).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().queryParam("size", 101).get("/api/articles").then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("size", 100).get("/api/articles").then().statusCode(200);
        given().queryParam("page", -1).get("/api/articles").then().statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("page", "two").get("/api/articles").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void badDateFilterAnswers400NamingIt() {
        given().queryParam("from", "last week").get("/api/articles").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        given().queryParam("from", "2025-05-10").queryParam("to", "2025-05-01").get("/api/articles").then()
                .statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void defaultPageSizeIsTwenty() {
        given().get("/api/articles").then().statusCode(200).body("size", equalTo(20));
    }
}
