package io.crosscheck.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.crosscheck.gateway.WireMockNeighbours.claimService;
import static io.crosscheck.gateway.web.StoryReports.COURIER;
import static io.crosscheck.gateway.web.StoryReports.DENIAL_CLAIM;
import static io.crosscheck.gateway.web.StoryReports.DISPATCH;
import static io.crosscheck.gateway.web.StoryReports.HARBOUR;
import static io.crosscheck.gateway.web.StoryReports.MESSAGE_GROUP;
import static io.crosscheck.gateway.web.StoryReports.REPORT_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.crosscheck.gateway.Stubs;
import io.crosscheck.gateway.WireMockNeighbours;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stories list and a story's page, read from a stubbed claim-service. */
@QuarkusTest
@QuarkusTestResource(WireMockNeighbours.class)
class StoryPagesTest {

    @BeforeEach
    void resetStubs() {
        WireMockNeighbours.reset();
    }

    @Test
    void theStoriesListShowsEachStoryWithItsCountsAndSendsTheSecurityHeaders() {
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(okJson(stories())));

        String page = given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", is("nosniff"))
                .extract().asString();
        assertTrue(page.contains("<meta name=\"viewport\""), page);
        assertTrue(page.contains("Rail line delayed"));
        assertTrue(page.contains("Kremlin denies message"));
        assertTrue(page.contains("3 articles"));
        assertTrue(page.contains("2 contested claims"));
        assertTrue(page.contains("Evening Courier, Northern Dispatch"));
        assertTrue(page.contains("2025-06-24 07:00 UTC"));
        // Newest first is the claim-service's own order.
        assertTrue(page.indexOf("Rail line delayed") < page.indexOf("Kremlin denies message"));
        claimService.verify(getRequestedFor(urlPathEqualTo("/stories")).withQueryParam("size", equalTo("20")));
    }

    @Test
    void mostContestedFirstAsksTheClaimServiceForThatOrderAndPagesInIt() {
        claimService.stubFor(get(urlPathEqualTo("/stories")).withQueryParam("sort", equalTo("contested"))
                .willReturn(okJson(stories())));

        String page = given().queryParam("sort", "contested").queryParam("page", 0).get("/").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("href=\"/?sort=contested\" aria-current=\"page\""), page);
        claimService.verify(getRequestedFor(urlPathEqualTo("/stories")).withQueryParam("sort", equalTo("contested"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("20")));
    }

    @Test
    void theMatrixPutsContestedClaimsFirstWithAMarkPerPositionThatAScreenReaderCanRead() {
        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(StoryReports.founding("Message to the Kremlin"))));

        String page = given().get("/stories/" + REPORT_ID).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'")).extract().asString();
        assertTrue(page.indexOf("Putin received a message from Khamenei") < page.indexOf("Araghchi visited the Kremlin"),
                "contested claim first");
        assertTrue(page.contains("<th scope=\"col\" class=\"source\">Northern Dispatch</th>"), page);
        assertTrue(page.contains("<caption id=\"matrix-caption\">"));
        assertTrue(page.contains("<th scope=\"row\" class=\"statement\">"));
        assertTrue(page.contains("aria-label=\"Northern Dispatch denies\""), page);
        assertTrue(page.contains("aria-label=\"Harbour Times supports, hedged\""));
        assertTrue(page.contains("contested</td>"));
        assertTrue(page.contains("Denial: Northern Dispatch denies what Evening Courier reports"));
        // The timeline is in publication order: the hedged report of the afternoon before the denial of the next day.
        int timeline = page.indexOf("id=\"timeline\"");
        assertTrue(page.indexOf("Khamenei said to have urged Putin", timeline) < page.indexOf("Kremlin: no written message", timeline));
        assertTrue(!page.contains("id=\"evidence\""), "nothing selected yet");
    }

    @Test
    void aStoryThatWasSplitSaysSoOnBothSidesWithALinkToTheOtherStory() {
        String other = UUID.randomUUID().toString();
        String founding = StoryReports.founding("Message to the Kremlin");
        String split = founding.substring(0, founding.lastIndexOf('}')) + """
                ,"splits":[{"from":"%s","into":"%s","movedArticles":4,"splitAt":"2025-06-26T08:00:00Z"}]}"""
                .formatted(REPORT_ID, other);
        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(split)));

        String page = given().get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(page.contains("4 articles of this story turned out to be another event and "
                + "<a href=\"/stories/" + other + "\">moved to a story of their own</a>."), page);

        String intoReport = split.replaceFirst("\"id\":\"" + REPORT_ID + "\"", "\"id\":\"" + other + "\"");
        claimService.stubFor(get("/stories/" + other).willReturn(okJson(intoReport)));
        String intoPage = given().get("/stories/" + other).then().statusCode(200).extract().asString();
        assertTrue(intoPage.contains("4 articles of this story were split from <a href=\"/stories/" + REPORT_ID
                + "\">another story</a>, where they turned out to be another event."), intoPage);
    }

    @Test
    void selectingAPositionShowsItsEvidenceClaimantAndALinkToTheSentenceInItsArticle() {
        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(StoryReports.founding("Message to the Kremlin"))));

        String page = given().queryParam("claim", MESSAGE_GROUP).queryParam("article", DISPATCH)
                .get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"evidence\""), page);
        assertTrue(page.contains("<dd class=\"claimant\">Dmitry Peskov</dd>"));
        assertTrue(page.contains("<dd class=\"claimant-role\">Kremlin spokesman</dd>"));
        assertTrue(page.contains("Peskov said Putin did not receive a written message from Khamenei."));
        assertTrue(page.contains("href=\"/articles/" + DISPATCH + "?claim=" + DENIAL_CLAIM + "#selected\""), page);
        assertTrue(page.contains("mark-denies selected"));
        assertTrue(page.contains("aria-current=\"true\""));
    }

    @Test
    void theEvidenceNamesTheArticlesOfTheSameOrigin() {
        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(StoryReports.syndicated())));

        String copy = given().queryParam("claim", MESSAGE_GROUP).queryParam("article", HARBOUR)
                .get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(copy.contains("<dt>Origin</dt>"), copy);
        assertTrue(copy.contains("Wire copy credited to Reuters."), copy);
        assertTrue(copy.contains("<li>Evening Courier: Severn tunnel to close for six weeks</li>"), copy);
        assertTrue(!copy.contains("<li>Northern Dispatch"), "its own report is another origin");

        String own = given().queryParam("claim", MESSAGE_GROUP).queryParam("article", DISPATCH)
                .get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(own.contains("Its own: no other article of this story is a copy of its text."), own);

        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(StoryReports.founding("Message to the Kremlin"))));
        String founding = given().queryParam("claim", MESSAGE_GROUP).queryParam("article", DISPATCH)
                .get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(founding.contains("id=\"evidence\"") && !founding.contains("<dt>Origin</dt>"),
                "a report without origins shows none");
    }

    @Test
    void aStoryOfManySourcesShowsTenColumnsAPageAndPagesThroughTheRest() {
        String id = UUID.randomUUID().toString();
        claimService.stubFor(get("/stories/" + id).willReturn(okJson(StoryReports.large(id, 60, 25, 30, 6))));

        String first = given().get("/stories/" + id).then().statusCode(200).extract().asString();
        assertEquals(10, count(first, "<th scope=\"col\" class=\"source\">"));
        assertTrue(first.contains("Sources 1\u201310 of 25"), first);
        assertTrue(first.contains("href=\"/stories/" + id + "?sources=1#matrix\" rel=\"next\""));

        String last = given().queryParam("sources", 2).get("/stories/" + id).then().statusCode(200).extract().asString();
        assertEquals(5, count(last, "<th scope=\"col\" class=\"source\">"));
        assertTrue(last.contains("Sources 21\u201325 of 25"));
        assertTrue(last.contains("?sources=1#matrix\" rel=\"prev\""));
        assertTrue(!last.contains("rel=\"next\">Next &rarr;</a>\n<span>Sources"), "no page after the last");

        // Past the end is the last page, not an empty one; nonsense is the first.
        assertTrue(given().queryParam("sources", 99).get("/stories/" + id).asString().contains("Sources 21\u201325 of 25"));
        assertTrue(given().queryParam("sources", "x").get("/stories/" + id).asString().contains("Sources 1\u201310 of 25"));
    }

    @Test
    void aThousandArticleStoryMakesAPageOfAFewHundredKilobytesNotTheWholeReport() {
        String id = UUID.randomUUID().toString();
        String report = StoryReports.large(id, 1000, 300, 2000, 12);
        claimService.stubFor(get("/stories/" + id).willReturn(okJson(report)));

        String page = given().get("/stories/" + id).then().statusCode(200).extract().asString();
        assertTrue(report.length() > 3_000_000, "a report of " + report.length() + " characters");
        assertTrue(page.length() < 400_000, "a page of " + page.length() + " characters");
        assertEquals(10, count(page, "<th scope=\"col\" class=\"source\">"));
        assertEquals(40, count(page, "<th scope=\"row\" class=\"statement\">"));
        assertTrue(page.contains("Claims 1\u201340 of 2000"));
        assertTrue(page.contains("Articles 1\u201350 of 1000"));
        assertTrue(page.contains("1000 articles from 300 sources"));
    }

    @Test
    void aSourceWithManyArticlesGetsOneMarkPerStanceWithItsCountNotAMarkPerArticle() {
        String id = UUID.randomUUID().toString();
        // 1,000 articles from 36 outlets, every one taking a position on each of 40 claims: ~28 per outlet and claim.
        String report = StoryReports.large(id, 1000, 36, 40, 1000);
        claimService.stubFor(get("/stories/" + id).willReturn(okJson(report)));

        String page = given().get("/stories/" + id).then().statusCode(200).extract().asString();
        assertTrue(report.length() > 8_000_000, "a report of " + report.length() + " characters");
        assertTrue(page.length() < 400_000, "a page of " + page.length() + " characters");
        // Outlet 0 runs articles 0, 36, 72, ...: 28 of them, every fifth position of a claim a denial.
        assertTrue(page.contains("aria-label=\"Outlet 0 supports ("), page.substring(0, 3000));
        assertTrue(page.contains("<span class=\"count\">"));
        assertTrue(count(page, "class=\"mark mark-") <= 40 * 10 * 2 + 10, "at most two stances a cell here");
    }

    @Test
    void untrustedTitlesAndStatementsAreShownAsText() {
        claimService.stubFor(get("/stories/" + REPORT_ID).willReturn(okJson(StoryReports.founding(
                "<script>alert(1)</script><img src=x onerror=alert(2)>"))));

        String page = given().get("/stories/" + REPORT_ID).then().statusCode(200).extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"), page);
        assertTrue(!page.contains("<script>alert"));
        assertTrue(!page.contains("<img src=x"));
    }

    @Test
    void anUnknownStoryIsAMessagePageWith404() {
        String id = UUID.randomUUID().toString();
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", Stubs.PROBLEM_JSON)
                .withBody(Stubs.problem(404, "Not found", "No story with id " + id, "/stories/" + id))));

        given().get("/stories/" + id).then().statusCode(404).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("Story not found"));
    }

    @Test
    void aMergedStorySendsTheReaderToTheStoryItJoined() {
        String merged = UUID.randomUUID().toString();
        String into = UUID.randomUUID().toString();
        claimService.stubFor(get("/stories/" + merged).willReturn(aResponse().withStatus(308)
                .withHeader("Location", "http://claim-service:8080/stories/" + into)
                .withHeader("Content-Type", Stubs.PROBLEM_JSON)
                .withBody(Stubs.problem(308, "Story merged", "merged into " + into, "/stories/" + merged))));

        given().redirects().follow(false).get("/stories/" + merged).then().statusCode(303)
                .header("Location", endsWith("/stories/" + into));
    }

    @Test
    void aClaimServiceDownIsAMessagePageNamingItNeverAStackTrace() {
        String id = UUID.randomUUID().toString();
        claimService.stubFor(get("/stories/" + id).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        claimService.stubFor(get(urlPathEqualTo("/stories")).willReturn(aResponse().withStatus(503)));

        for (String path : new String[] {"/stories/" + id, "/"}) {
            String page = given().get(path).then().statusCode(502).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .extract().asString();
            assertTrue(page.contains("The claim-service is not answering"), page);
            assertTrue(!page.contains("Exception") && !page.contains("at io.") && !page.contains("java."), page);
        }
    }

    @Test
    void theStylesheetAndScriptAreServedAsFilesOfTheirOwnType() {
        given().get("/web/crosscheck.css").then().statusCode(200).contentType(startsWith("text/css"))
                .header("X-Content-Type-Options", is("nosniff"));
        given().get("/web/add-article.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("Authorization"));
    }

    private static String stories() {
        return """
                {"items":[
                 {"id":"%s","title":"Rail line delayed","articleCount":1,"sources":["Coastal Gazette"],
                  "firstPublishedAt":"2025-06-26T09:30:00Z","lastPublishedAt":"2025-06-26T09:30:00Z","contestedCount":0},
                 {"id":"%s","title":"Kremlin denies message","articleCount":3,"sources":["Evening Courier","Northern Dispatch","Harbour Times"],
                  "firstPublishedAt":"2025-06-24T07:00:00Z","lastPublishedAt":"2025-06-25T11:00:00Z","contestedCount":2}],
                 "page":0,"size":20,"total":2}""".formatted(UUID.randomUUID(), UUID.randomUUID());
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
