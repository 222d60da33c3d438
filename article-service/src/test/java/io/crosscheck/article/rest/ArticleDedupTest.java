package io.crosscheck.article.rest;

import static io.crosscheck.article.rest.Articles.article;
import static io.crosscheck.article.rest.Articles.create;
import static io.crosscheck.article.rest.Articles.post;
import static io.crosscheck.article.rest.Articles.sample;
import static io.crosscheck.article.rest.Articles.uniqueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDedupTest {

    @Test
    void sameCanonicalUrlReturnsTheExistingArticleWith200() {
        String source = uniqueSource();
        Map<String, Object> first = sample(source);
        first.put("url", "https://www.example.org/politics/vote-" + source.hashCode() + "?page=2");
        String id = create(first);

        Map<String, Object> again = article(uniqueSource(), "A different headline", "Different words entirely.");
        again.put("url", "HTTPS://WWW.Example.ORG:443/politics/vote-" + source.hashCode()
                + "?page=2&utm_source=feed&utm_medium=rss&fbclid=abc#comments");
        post(again).statusCode(200).body("id", equalTo(id));
    }

    @Test
    void sameSourceAndNormalisedTextReturnsTheExistingArticle() {
        String source = uniqueSource();
        String id = create(article(source, "Budget passes", "The city council  approved the budget on Tuesday."));
        post(article(source.toUpperCase() + " ", "Budget passes (updated headline)",
                "the city council approved\nthe budget on tuesday.")).statusCode(200).body("id", equalTo(id));
    }

    @Test
    void sameTextFromAnotherSourceIsAnotherArticle() {
        String text = "Two outlets ran the same agency copy about the bridge reopening " + uniqueSource();
        String first = create(article(uniqueSource(), "Bridge reopens", text));
        post(article(uniqueSource(), "Bridge reopens", text)).statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void identicalPostsArrivingTogetherStoreOneRow() throws Exception {
        String source = uniqueSource();
        Map<String, Object> body = sample(source);
        body.put("url", "https://example.net/race/" + source.hashCode());
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<int[]> call = () -> {
                    start.await();
                    var response = given().contentType(ContentType.JSON).body(body).post("/api/articles");
                    return new int[] {response.statusCode(), response.path("id").hashCode()};
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            Set<Integer> ids = new HashSet<>();
            for (Future<int[]> answer : answers) {
                int[] result = answer.get();
                if (result[0] == 201) {
                    created++;
                } else {
                    assertEquals(200, result[0]);
                }
                ids.add(result[1]);
            }
            assertEquals(1, created, "exactly one post creates the article");
            assertEquals(1, ids.size(), "every post answers with the same article");
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("source", source).get("/api/articles").then().body("total", equalTo(1));
    }
}
