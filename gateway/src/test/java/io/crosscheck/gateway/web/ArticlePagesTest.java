package io.crosscheck.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.WireMockNeighbours.articleService;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An article's page, the search, the claim check and the add form, against stubbed neighbours. */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
class ArticlePagesTest {

    private static final String HOSTILE_TITLE = "<script>alert('title')</script>";
    private static final String HOSTILE_BODY = "Kremlin spokesman Dmitry Peskov said on Wednesday that Putin did not "
            + "receive a written message. <img src=x onerror=alert(1)> Khamenei reportedly sent 2 letters.";

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void anArticleShowsItsTextWithEachClaimHighlightedAndItsFactsAndStory() {
        String id = UUID.randomUUID().toString();
        String story = UUID.randomUUID().toString();
        String denial = UUID.randomUUID().toString();
        stubArticle(id, "Kremlin: no written message", HOSTILE_BODY);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(okJson(analysis(id, story, denial))));

        String page = given().queryParam("claim", denial).get("/articles/" + id).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
        assertTrue(page.contains("href=\"/stories/" + story + "\""), page);
        assertTrue(page.contains("Analysed: 2 claims"));
        // The denial's sentence is one highlight, selected, its words for a screen reader inside it.
        assertTrue(page.contains("<mark class=\"claim claim-denied selected\" id=\"selected\""), page);
        assertTrue(page.contains("(denied, Dmitry Peskov, Kremlin spokesman, selected) </span>Kremlin spokesman Dmitry Peskov said"));
        assertTrue(page.contains("<mark class=\"claim claim-hedged\""));
        assertTrue(page.contains("Dmitry Peskov (person)"));
        assertTrue(page.contains("on Wednesday \u2192 2025-06-25"));
        assertTrue(page.contains("2 letters (2 letters)"));
        assertTrue(page.contains("reportedly"));
    }

    @Test
    void untrustedTitleAndTextAreShownAsTextNeverAsMarkup() {
        String id = UUID.randomUUID().toString();
        stubArticle(id, HOSTILE_TITLE, HOSTILE_BODY);
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(okJson(analysis(id, UUID.randomUUID().toString(),
                UUID.randomUUID().toString()))));

        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertTrue(!page.contains("<script>alert"), page);
        assertTrue(!page.contains("<img src=x"), page);
        // No script at all on this page: the only scripts of the web view are files (the add form's).
        assertTrue(!page.contains("<script"), page);
    }

    @Test
    void anArticleNotYetAnalysedIsShownWithItsAnalysisPending() {
        String id = UUID.randomUUID().toString();
        stubArticle(id, "Valmora port strike", "The strike at the port of Valmora entered its second day.");
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Analysis pending"), page);
        assertTrue(page.contains("The strike at the port of Valmora entered its second day."));
        assertTrue(!page.contains("<mark"));
        assertTrue(!page.contains("This article&#39;s story"), "no story before the analysis");
    }

    @Test
    void withTheClaimServiceDownTheArticleIsStillShownAndTheMissingAnalysisSaid() {
        String id = UUID.randomUUID().toString();
        stubArticle(id, "Valmora port strike", "The strike at the port of Valmora entered its second day.");
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("The analysis cannot be shown right now: the claim-service is not answering"), page);
        assertTrue(page.contains("The strike at the port of Valmora"));
        assertTrue(!page.contains("Exception"), page);
    }

    @Test
    void withTheArticleServiceDownTheArticlePageSaysSo() {
        String id = UUID.randomUUID().toString();
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(503)));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        String page = given().get("/articles/" + id).then().statusCode(502).contentType(startsWith("text/html"))
                .extract().asString();
        assertTrue(page.contains("The article-service is not answering"), page);
        assertTrue(!page.contains("Exception"), page);
    }

    @Test
    void anUnknownArticleIsAMessagePageWith404() {
        String id = UUID.randomUUID().toString();
        articleService.stubFor(get("/api/articles/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", Stubs.PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No article " + id, "/api/articles/" + id))));
        claimService.stubFor(get("/articles/" + id + "/analysis").willReturn(aResponse().withStatus(404)));

        given().get("/articles/" + id).then().statusCode(404).body(containsString("Article not found"));
    }

    @Test
    void aClaimCheckShowsTheMatchingArticlesWithStanceAndEvidenceLinkedToTheirSentence() {
        String article = UUID.randomUUID().toString();
        claimService.stubFor(post("/claims/check").willReturn(okJson("""
                {"claim":"Putin received a message","matches":[{"articleId":"%s","source":"Northern Dispatch",
                 "title":"Kremlin: no written message <b>","stance":"DENIES","score":0.873,
                 "evidence":[{"sentence":"Peskov said Putin did not receive a written message.","start":12,"end":64}]}]}"""
                .formatted(article))));

        String page = given().formParam("claim", "Putin received a message").post("/check").then().statusCode(200)
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .extract().asString();
        assertTrue(page.contains("1 article bears on"), page);
        assertTrue(page.contains("Northern Dispatch denies"));
        assertTrue(page.contains("Kremlin: no written message &lt;b&gt;"));
        assertTrue(page.contains("(score 0.87)"));
        assertTrue(page.contains("href=\"/articles/" + article + "?at=12-64#selected\">Peskov said Putin did not receive"));
        claimService.verify(postRequestedFor(urlPathEqualTo("/claims/check"))
                .withRequestBody(equalToJson("{\"claim\":\"Putin received a message\",\"limit\":20}")));
    }

    @Test
    void aClaimCheckTheClaimServiceRefusesShowsItsReasonAndAnEmptyOneIsNotSent() {
        claimService.stubFor(post("/claims/check").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", Stubs.PROBLEM_JSON)
                .withBody(Stubs.problem(400, "Invalid request", "claim: at most 2000 characters", "/claims/check"))));

        given().formParam("claim", "x".repeat(3000)).post("/check").then().statusCode(400)
                .body(containsString("The claim cannot be checked: claim: at most 2000 characters"));
        given().formParam("claim", "  ").post("/check").then().statusCode(400)
                .body(containsString("Write the claim to check."));
        claimService.verify(1, postRequestedFor(urlPathEqualTo("/claims/check")));
        given().get("/check").then().statusCode(200).body(containsString("<label for=\"claim\">Claim</label>"));
    }

    @Test
    void theSearchAsksTheArticleServicesFullTextSearchAndShowsTheResults() {
        String id = UUID.randomUUID().toString();
        articleService.stubFor(get(urlPathEqualTo("/api/articles")).willReturn(okJson("""
                {"items":[{"id":"%s","title":"Kremlin: no written message","source":"Northern Dispatch","url":null,
                 "author":null,"publishedAt":"2025-06-25T11:00:00Z","language":"en","excerpt":"Kremlin spokesman <i>Dmitry</i>",
                 "createdAt":"2025-06-25T11:01:00Z","updatedAt":"2025-06-25T11:01:00Z","version":0}],
                 "page":0,"size":20,"total":41}""".formatted(id))));

        String page = given().queryParam("q", "kremlin \"written message\"").get("/search").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("41 articles match"), page);
        assertTrue(page.contains("href=\"/articles/" + id + "\">Kremlin: no written message</a>"));
        assertTrue(page.contains("Kremlin spokesman &lt;i&gt;Dmitry&lt;/i&gt;"));
        assertTrue(page.contains("value=\"kremlin &quot;written message&quot;\""), page);
        assertTrue(page.contains("href=\"/search?q=kremlin+%22written+message%22&amp;page=1\""), page);
        articleService.verify(getRequestedFor(urlPathEqualTo("/api/articles"))
                .withQueryParam("q", equalTo("kremlin \"written message\"")).withQueryParam("size", equalTo("20")));
    }

    @Test
    void theAddFormSaysWritesNeedAnEditorTokenAndLoadsItsScriptAsAFile() {
        String page = given().get("/add").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'")).extract().asString();
        assertTrue(page.contains("Writes need an editor token"), page);
        assertTrue(page.contains("<label for=\"token\">Editor token</label>"));
        assertTrue(page.contains("<script src=\"/web/add-article.js\" defer></script>"));
        assertTrue(!page.replace("<script src=\"/web/add-article.js\" defer></script>", "").contains("<script"),
                "no inline script");
    }

    private static void stubArticle(String id, String title, String body) {
        articleService.stubFor(get("/api/articles/" + id).willReturn(okJson("""
                {"id":"%s","title":%s,"source":"Northern Dispatch","url":"javascript:alert(3)","author":null,
                 "publishedAt":"2025-06-25T11:00:00Z","language":"en","body":%s,"contentHash":"abc",
                 "hasOriginalHtml":false,"createdAt":"2025-06-25T11:01:00Z","updatedAt":"2025-06-25T11:01:00Z","version":0}"""
                .formatted(id, json(title), json(body)))));
    }

    /** The hostile body's two claims: the denial (its first sentence) and the hedged report (its last). */
    private static String analysis(String articleId, String storyId, String denialId) {
        int denialEnd = HOSTILE_BODY.indexOf(". ") + 1;
        int hedgedStart = HOSTILE_BODY.indexOf("Khamenei");
        return """
                {"articleId":"%s","status":"DONE","extractor":"rules-v1","error":null,"storyId":"%s","claims":[
                 {"id":"%s","articleId":"%s","text":"Putin did not receive a written message","sentence":"...",
                  "span":{"start":0,"end":%d},"claimant":{"name":"Dmitry Peskov","role":"Kremlin spokesman"},
                  "attribution":"INDIRECT","cue":"said","polarity":"DENIES","hedged":false,"hedges":[],"checkworthiness":0.8,
                  "entities":[{"text":"Dmitry Peskov","type":"PERSON"}],"times":[{"text":"on Wednesday","value":"2025-06-25"}],
                  "quantities":[]},
                 {"id":"%s","articleId":"%s","text":"Khamenei sent 2 letters","sentence":"...",
                  "span":{"start":%d,"end":%d},"claimant":null,"attribution":"NONE","cue":null,"polarity":"AFFIRMS",
                  "hedged":true,"hedges":["reportedly"],"checkworthiness":0.7,"entities":[],"times":[],
                  "quantities":[{"text":"2 letters","value":2,"unit":"letters"}]}]}"""
                .formatted(articleId, storyId, denialId, articleId, denialEnd, UUID.randomUUID(), articleId,
                        hedgedStart, HOSTILE_BODY.length());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
