package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.article;
import static io.crosscheck.article.rest.Articles.create;
import static io.crosscheck.article.rest.Articles.post;
import static io.crosscheck.article.rest.Articles.sample;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.crosscheck.serviceauth.testing.ServiceTokenForRestAssured.withoutServiceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.article.model.Article;
import io.crosscheck.article.model.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void createAnswers201WithLocationAndTheStoredArticle() {
        String source = uniqueSource();
        Map<String, Object> body = sample(source);
        body.put("url", "https://News.Example.com/world/grain?id=7");
        body.put("author", "A. Reporter");
        body.put("publishedAt", "2025-06-24T09:30:00Z");
        body.put("language", "en");
        String id = post(body)
                .statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("id", notNullValue())
                .body("source", equalTo(source))
                .body("url", equalTo("https://news.example.com/world/grain?id=7"))
                .body("publishedAt", equalTo("2025-06-24T09:30:00Z"))
                .body("version", equalTo(0))
                .body("contentHash.length()", equalTo(64))
                .extract().path("id");

        given().get("/api/articles/" + id).then()
                .statusCode(200)
                .body("title", equalTo("Harbour authority reports record grain shipments"))
                .body("body", startsWith("The harbour authority said on Monday"))
                .body("author", equalTo("A. Reporter"));
    }

    /** The public API is the gateway's: a caller that reaches this service directly cannot write. */
    @Test
    void writesWithoutTheServiceTokenAreRefusedAndStoreNothing() {
        String source = uniqueSource();
        String existing = create(sample(uniqueSource()));
        withoutServiceToken().contentType(ContentType.JSON).body(sample(source)).post("/api/articles").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/articles"));
        given().header("Authorization", "Basic Y3Jvc3NjaGVjazpjcm9zc2NoZWNr")
                .contentType(ContentType.JSON).body(java.util.List.of(sample(source))).post("/api/articles:batch").then()
                .statusCode(401);
        withoutServiceToken().delete("/api/articles/" + existing).then().statusCode(401);
        withoutServiceToken().contentType(ContentType.JSON).body(sample(source)).put("/api/articles/" + existing).then()
                .statusCode(401);

        given().get("/api/articles/" + existing).then().statusCode(200).body("version", equalTo(0));
        given().queryParam("source", source).get("/api/articles").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void createWritesAnOutboxEventInTheSameTransaction() {
        String id = create(sample(uniqueSource()));
        long events = QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("articleId = ?1 and type = ?2", UUID.fromString(id), OutboxEvent.Type.UPSERTED));
        assertEquals(1, events);
    }

    @Test
    void publishedAtAcceptsADate() {
        Map<String, Object> body = sample(uniqueSource());
        body.put("publishedAt", "2025-06-23");
        post(body).statusCode(201).body("publishedAt", equalTo("2025-06-23T00:00:00Z"));
    }

    @Test
    void unknownIdAnswers404Problem() {
        given().get("/api/articles/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void idThatIsNotOursAnswers404() {
        given().get("/api/articles/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deleteAnswers204ThenTheArticleIsGone() {
        String id = create(sample(uniqueSource()));
        given().delete("/api/articles/" + id).then().statusCode(204);
        given().get("/api/articles/" + id).then().statusCode(404);
        given().delete("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        long deletions = QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("articleId = ?1 and type = ?2", UUID.fromString(id), OutboxEvent.Type.DELETED));
        assertEquals(1, deletions);
    }

    @Test
    void htmlBodyKeepsTheMainTextAndTheOriginal() {
        String html = """
                <!DOCTYPE html><html><head><title>Port news</title><style>p{color:red}</style>
                <script>trackVisitor('secret-tracker');</script></head><body>
                <nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
                <div class="ad-slot top-ad">Buy cheap flights today</div>
                <article><h1>Dock workers end strike</h1>
                <p>Dock workers at the northern terminal ended a three-day strike on Friday, the union said.</p>
                <div class="share-bar">Share on social media</div>
                <p>About 1,200 workers had walked out over pay, according to the port operator.</p></article>
                <aside>Related: ten other strikes</aside><footer>Copyright Example Media</footer>
                <div class="newsletter-box">Subscribe to our newsletter</div></body></html>""";
        Map<String, Object> body = article(uniqueSource(), "Dock workers end strike", html);
        body.put("contentType", "text/html");
        String id = post(body).statusCode(201)
                .body("hasOriginalHtml", equalTo(true))
                .body("body", containsString("ended a three-day strike on Friday"))
                .body("body", containsString("About 1,200 workers"))
                .body("body", not(containsString("secret-tracker")))
                .body("body", not(containsString("World news menu")))
                .body("body", not(containsString("cheap flights")))
                .body("body", not(containsString("Share on social")))
                .body("body", not(containsString("Subscribe")))
                .body("body", not(containsString("Copyright")))
                .extract().path("id");
        given().get("/api/articles/" + id + "/html").then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("trackVisitor"));
    }

    @Test
    void plainTextArticleHasNoOriginalHtml() {
        String id = create(sample(uniqueSource()));
        given().get("/api/articles/" + id + "/html").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void updateWithCurrentVersionSucceedsAndBumpsTheVersion() {
        Map<String, Object> body = sample(uniqueSource());
        String id = create(body);
        body.put("title", "Harbour authority revises grain figures");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then()
                .statusCode(200)
                .body("title", equalTo("Harbour authority revises grain figures"))
                .body("version", equalTo(1));
    }

    @Test
    void updateWithStaleVersionAnswers409() {
        Map<String, Object> body = sample(uniqueSource());
        String id = create(body);
        body.put("version", 0);
        body.put("title", "The first editor's change");
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then().statusCode(200)
                .body("version", equalTo(1));
        body.put("title", "A second editor's change made from an old copy");
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("stale"));
        given().get("/api/articles/" + id).then().body("title", not(containsString("second editor")));
    }

    @Test
    void updateThatChangesNothingKeepsTheVersion() {
        Map<String, Object> body = sample(uniqueSource());
        String id = create(body);
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then()
                .statusCode(200).body("version", equalTo(0));
    }

    @Test
    void updateWithoutVersionAnswers400NamingIt() {
        Map<String, Object> body = sample(uniqueSource());
        String id = create(body);
        given().contentType(ContentType.JSON).body(body).put("/api/articles/" + id).then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void listAndGetShowTheSameArticle() {
        String source = uniqueSource();
        String id = create(sample(source));
        given().queryParam("source", source.toUpperCase()).get("/api/articles").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].excerpt", startsWith("The harbour authority"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Article.count("sourceKey", source.toLowerCase())));
    }
}
