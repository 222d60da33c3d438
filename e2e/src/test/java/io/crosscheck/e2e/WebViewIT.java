package io.crosscheck.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.testing.postgres.EmbeddedPostgres;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view in a real browser: Debian's headless Chromium, driven through its chromedriver (both from apt, set
 * explicitly so that Selenium never looks for or downloads a browser), against the three packaged services on a
 * real PostgreSQL. A reader opens the founding story, finds the message claim contested with the Kremlin's denial,
 * opens the denial's evidence and its article, and checks a claim. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebViewIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static EmbeddedPostgres postgres;
    private static ServiceProcess claimService;
    private static ServiceProcess articleService;
    private static ServiceProcess gateway;
    private static Path profile;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;
    private static Path screenshots;

    @BeforeAll
    static void startTheProductAndABrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        Path root = Path.of(System.getProperty("crosscheck.root", "..")).toAbsolutePath().normalize();
        screenshots = Files.createDirectories(root.resolve("e2e/target/screenshots"));
        postgres = EmbeddedPostgres.startTemporary("articles", "claims");
        int[] ports = ServiceProcess.freePorts(3);
        Map<String, String> neighbours = Map.of(
                "QUARKUS_REST_CLIENT_CLAIM_SERVICE_URL", "http://127.0.0.1:" + ports[0],
                "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + ports[1]);
        claimService = new ServiceProcess(root, "claim-service", ports[0], with(neighbours, database("claims")));
        articleService = new ServiceProcess(root, "article-service", ports[1], with(neighbours, database("articles")));
        gateway = new ServiceProcess(root, "gateway", ports[2], neighbours);
        claimService.start();
        articleService.start();
        gateway.start();
        base = gateway.baseUrl();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = ports[2];
        browser = chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (ServiceProcess service : new ServiceProcess[] {gateway, articleService, claimService}) {
            if (service != null) {
                service.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void theFoundingStoryReadsRightFromTheListToTheDenialsArticle() {
        List<String> ids = List.of(post(FoundingStory.REPORTED), post(FoundingStory.DENIED), post(FoundingStory.HEDGED));
        ids.forEach(WebViewIT::awaitAnalysis);

        browser.get(base + "/");
        WebElement story = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".story-item h2 a")));
        assertEquals(1, browser.findElements(By.cssSelector(".story-item")).size(), "the three articles are one story");
        story.click();

        // The message claim: contested, the Northern Dispatch's mark a denial, and contested claims come first.
        WebElement denial = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a.mark[aria-label^='Northern Dispatch denies']")));
        WebElement row = denial.findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.findElement(By.cssSelector("td.status")).getText().contains("contested"), row.getText());
        WebElement firstRow = browser.findElement(By.cssSelector(".matrix tbody tr"));
        assertTrue(firstRow.findElement(By.cssSelector("td.status")).getText().contains("contested"));
        assertTrue(row.getText().contains("Denial"), "the row names its conflict: " + row.getText());
        screenshot("story-matrix");

        denial.click();
        WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        assertEquals("Dmitry Peskov", evidence.findElement(By.cssSelector(".claimant")).getText());
        assertTrue(evidence.findElement(By.cssSelector(".evidence-sentence")).getText().contains("did not receive"),
                evidence.getText());
        screenshot("story-evidence");

        evidence.findElement(By.cssSelector("a.article-link")).click();
        WebElement selected = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.selected")));
        assertTrue(selected.getText().contains("Peskov"), selected.getText());
        assertEquals(FoundingStory.DENIED.title(), browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("a.story-link")).getAttribute("href").contains("/stories/"));
        // From the top, title and highlighted sentence together (the link scrolled to the sentence).
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("article");
    }

    @Test
    @Order(2)
    void aClaimCheckFindsTheReportAndTheDenial() {
        browser.get(base + "/check");
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.id("claim")));
        claim.sendKeys("Putin received a message from Khamenei");
        browser.findElement(By.cssSelector(".check-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matches-heading")));
        List<WebElement> matches = browser.findElements(By.cssSelector(".match"));
        assertFalse(matches.isEmpty(), browser.findElement(By.tagName("main")).getText());
        String all = browser.findElement(By.cssSelector(".matches")).getText();
        assertTrue(all.contains("Northern Dispatch"), all);
        assertTrue(all.contains("Evening Courier"), all);
        screenshot("claim-check");
    }

    @Test
    @Order(3)
    void hostileTextIsShownAsTextAndRunsNothing() {
        String id = post(new FoundingStory.Article("<img src=x onerror=\"document.title='pwned'\">Title",
                "A test text. <script>document.title='pwned'</script> It has markup in it.", "Markup Wire",
                "2025-06-26T10:00:00Z"));
        browser.get(base + "/articles/" + id);
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertEquals("<img src=x onerror=\"document.title='pwned'\">Title", heading.getText());
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().contains("<script>"));
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
        // The script would have set the title to exactly "pwned"; shown as text, it is the article's title.
        assertEquals("<img src=x onerror=\"document.title='pwned'\">Title \u00b7 Crosscheck", browser.getTitle());
    }

    @Test
    @Order(4)
    void theKeyboardReachesTheSkipLinkAndAPhoneWidthScrollsOnlyTheMatrix() {
        browser.get(base + "/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Skip to content", browser.switchTo().activeElement().getText());

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.findElement(By.cssSelector(".story-item h2 a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".matrix")));
            JavascriptExecutor page = (JavascriptExecutor) browser;
            long pageWidth = ((Number) page.executeScript("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) page.executeScript("return window.innerWidth")).longValue();
            Object wider = page.executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => !e.closest('.matrix-scroll') && e.getBoundingClientRect().right > window.innerWidth)"
                    + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
            assertTrue(pageWidth <= viewport, "the page is " + pageWidth + " px wide in a " + viewport
                    + " px window; too wide: " + wider);
            screenshot("story-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Chromium as the issue prescribes: no network of its own (no updates, sync, QUIC), a fresh profile. */
    private static WebDriver chromium() throws IOException {
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("crosscheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(String name) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String post(FoundingStory.Article article) {
        return given().header("Authorization", StackCredentials.editor()).contentType(ContentType.JSON)
                .body(Map.of("title", article.title(), "body", article.body(), "source", article.source(),
                        "publishedAt", article.publishedAt()))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    private static void awaitAnalysis(String articleId) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertEquals("DONE", given().get("/api/articles/" + articleId).then().statusCode(200)
                        .extract().path("analysis.status")));
    }

    private static Map<String, String> database(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER, "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
