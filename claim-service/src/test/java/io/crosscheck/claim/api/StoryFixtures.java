package io.crosscheck.claim.api;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Articles written for these tests, modelled on the founding story (facts reused, sentences our own):
 * one outlet reports that Putin received Khamenei's message, one reports the Kremlin's denial, one reports
 * the appeal with hedges; plus a weather report and a pair disagreeing on a figure.
 */
final class StoryFixtures {

    static final String MESSAGE_REPORTED = """
            Russian President Vladimir Putin has received a personal message from Iran's Supreme Leader Ali Khamenei, \
            the Daily Ledger has learned. Iranian Foreign Minister Abbas Araghchi handed the message to Putin during \
            talks at the Kremlin on Monday, officials in Moscow said.""";

    static final String MESSAGE_DENIED = """
            The Kremlin on Wednesday denied reports that Iran's Supreme Leader Ali Khamenei had sent a message to \
            Vladimir Putin. Kremlin spokesman Dmitry Peskov said that Putin did not receive a written message from \
            Khamenei during the visit of Iranian Foreign Minister Abbas Araghchi. "There were contacts with the Iranian \
            side, but no letter was handed over," Peskov told reporters in Moscow.""";

    static final String APPEAL_HEDGED = """
            Iran's Supreme Leader Ali Khamenei reportedly sent a message to Russian President Vladimir Putin urging \
            stronger support for Tehran, sources suggest. The message was delivered through undisclosed channels \
            during Foreign Minister Abbas Araghchi's trip to Moscow, according to two people familiar with the matter.""";

    static final String WEATHER = """
            Heavy rain is expected across northern England on Thursday, the Met Office said. Forecasters warned that \
            up to 50 millimetres of rain could fall on high ground, and flood alerts were issued for three rivers.""";

    static final String BLAST_TWELVE = """
            An explosion at the Northfield chemical plant injured 12 workers on Monday, fire officials said. \
            The blast destroyed a storage hall at the Northfield site, the regional fire service said.""";

    static final String BLAST_SEVEN = """
            A blast at the Northfield chemical plant injured 7 workers on Monday, the plant's operator said. \
            Emergency crews sealed off the Northfield site for several hours, police said.""";

    static final String BRIDGE_COLLAPSED = """
            Part of the Harbour Bridge in Kelton collapsed into the Esk river on Friday evening, the Harbour Times has \
            learned. Rescue boats were sent to the Harbour Bridge and traffic on the Kelton ring road was stopped.""";

    /** Relays the collapse and refutes it in a sentence of its own: the stance engine reads the whole article. */
    static final String BRIDGE_DEBUNKED = """
            Videos shared online on Saturday claimed that the Harbour Bridge in Kelton collapsed into the Esk river \
            on Friday evening. The videos are false: they were filmed years ago in another country. Our reporter \
            crossed the Harbour Bridge on Saturday morning and found it open to traffic.""";

    private StoryFixtures() {
    }

    static Map<String, Object> article(String title, String text, String source, String publishedAt) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("text", text);
        article.put("source", source);
        article.put("publishedAt", publishedAt);
        article.put("language", "en");
        article.put("contentHash", Integer.toHexString(text.hashCode()) + "-" + title.hashCode());
        article.put("version", 0);
        return article;
    }

    static UUID deliver(Map<String, Object> article) {
        UUID id = UUID.randomUUID();
        deliver(id, article);
        return id;
    }

    static void deliver(UUID id, Map<String, Object> article) {
        given().contentType(ContentType.JSON).body(article).put("/articles/" + id).then().statusCode(202);
    }

    static void awaitAnalysed(UUID id) {
        awaitAnalysed(id, Duration.ofSeconds(60));
    }

    static void awaitAnalysed(UUID id, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = given().get("/articles/" + id + "/analysis").then().extract().path("status");
            return "DONE".equals(status) || "FAILED".equals(status);
        });
    }

    static String storyOf(UUID id) {
        return given().get("/articles/" + id + "/analysis").then().statusCode(200).extract().path("storyId");
    }
}
