package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.post;
import static io.crosscheck.article.rest.Articles.sample;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input: a clear problem+json naming the field, and nothing stored. */
@QuarkusTest
class ArticleValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingRequiredFieldsAreAllNamed() {
        post(Map.of("author", "Somebody")).statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("title", "body", "source"));
    }

    @Test
    void fieldOfTheWrongTypeIsNamed() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("title", 42);
        post(body).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("must be a string"));
    }

    @Test
    void blankRequiredFieldIsRefused() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("source", "   ");
        post(body).statusCode(400).body("errors.field", hasItem("source"));
    }

    @Test
    void unknownFieldIsRefusedSoTyposDoNotPassSilently() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("tilte", "typo");
        post(body).statusCode(400).body("errors.field", hasItem("tilte"));
    }

    @Test
    void malformedJsonAnswers400WithItsPosition() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"body\": ").post("/api/articles").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("malformed JSON"));
    }

    @Test
    void jsonThatIsNotAnObjectAnswers400() {
        given().contentType(ContentType.JSON).body("[1,2]").post("/api/articles").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void emptyBodyAnswers400() {
        given().contentType(ContentType.JSON).body("").post("/api/articles").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void invalidUtf8Answers400() {
        byte[] prefix = "{\"title\":\"Bad bytes\",\"source\":\"X\",\"body\":\"caf".getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, payload, 0, prefix.length);
        payload[prefix.length] = (byte) 0xC3; // a lead byte without its continuation byte
        payload[prefix.length + 1] = '"';
        payload[prefix.length + 2] = '}';
        given().contentType(ContentType.JSON).body(payload).post("/api/articles").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void wrongContentTypeAnswers415Problem() {
        given().contentType(ContentType.TEXT).body("just some text").post("/api/articles").then()
                .statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void bodyOverTheLimitAnswers413() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("body", "a".repeat(2 * 1024 * 1024 + 1));
        post(body).statusCode(413).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }

    @Test
    void bodyAtTheLimitIsStored() {
        Map<String, Object> body = sample(uniqueSource());
        String sentence = "Grain exports rose again in the northern port this month. ";
        body.put("body", sentence.repeat(2 * 1024 * 1024 / sentence.length()));
        post(body).statusCode(201);
    }

    @Test
    void titleOverTheLimitIsNamed() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("title", "t".repeat(1001));
        post(body).statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("1000"));
    }

    @Test
    void relativeOrNonHttpUrlIsRefused() {
        for (String url : new String[] {"/world/story", "ftp://example.com/a", "https://", "not a url"}) {
            Map<String, Object> body = sample(uniqueSource());
            body.put("url", url);
            post(body).statusCode(400).body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void badDatesAndLanguageAreNamed() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("publishedAt", "24/06/2025");
        body.put("language", "english language");
        post(body).statusCode(400).body("errors.field", hasItems("publishedAt", "language"));
    }

    @Test
    void publicationFarInTheFutureIsRefused() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("publishedAt", "2999-01-01");
        post(body).statusCode(400).body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void unknownContentTypeFieldIsRefused() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("contentType", "application/pdf");
        post(body).statusCode(400).body("errors[0].field", equalTo("contentType"));
    }

    @Test
    void htmlWithoutTextIsRefused() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("body", "<html><body><script>x()</script><nav>Menu</nav></body></html>");
        body.put("contentType", "text/html");
        post(body).statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void refusedArticlesAreNotStored() {
        String source = uniqueSource();
        Map<String, Object> body = sample(source);
        body.put("publishedAt", "yesterday");
        post(body).statusCode(400);
        given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void controlCharactersAreRefusedNotSilentlyDropped() {
        // Refused, naming the field (AcceptedText): dropping them silently hid broken data from its sender.
        Map<String, Object> body = sample(uniqueSource());
        body.put("body", "The council approved the budget\u0000 on Tuesday.\u0007");
        post(body).statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
