package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.article;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleBatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonArrayGivesOneResultPerItemAndABadItemDoesNotSinkTheRest() {
        String source = uniqueSource();
        List<Map<String, Object>> items = List.of(
                article(source, "Rail strike called", "Train drivers will strike on Friday, the union said."),
                article(source, "", "A title is missing here."),
                article(source, "Rail strike called", "Train drivers will strike on Friday, the union said."),
                article(source, "Rail talks resume", "Talks between the operator and drivers resumed."));
        given().contentType(ContentType.JSON).body(items).post("/api/articles:batch").then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("failed", equalTo(1))
                .body("items.status", contains(201, 400, 200, 201))
                .body("items[1].error.errors[0].field", equalTo("title"))
                .body("items[2].id", equalTo(given().queryParam("source", source).queryParam("q", "strike")
                        .get("/api/articles").path("items[0].id")));
        given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(2));
    }

    @Test
    void ndjsonLinesAreIngestedAndAMalformedLineFailsAlone() throws Exception {
        String source = uniqueSource();
        String ndjson = json.writeValueAsString(article(source, "Storm closes schools", "Schools closed on Monday."))
                + "\n{\"title\": broken json\n\n"
                + json.writeValueAsString(article(source, "Storm damage assessed", "Engineers inspected 40 roofs."))
                + "\n";
        given().contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/articles:batch").then()
                .statusCode(200)
                .body("items.status", contains(201, 400, 201))
                .body("items[0].id", notNullValue())
                .body("items[1].error.detail", org.hamcrest.Matchers.containsString("malformed JSON"));
    }

    @Test
    void moreItemsThanAllowedAnswers413() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(Map.of("title", "t"));
        }
        given().contentType(ContentType.JSON).body(items).post("/api/articles:batch").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void colonPathWorksUnencodedAsCurlSendsIt() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("[]").post("/api/articles:batch").then()
                .statusCode(200).body("created", equalTo(0));
    }

    @Test
    void bodyThatIsNotAnArrayAnswers400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\"}").post("/api/articles:batch").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
