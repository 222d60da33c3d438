package io.crosscheck.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.e2e.StackCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The public API as a benchmark client sees it: one HTTP/1.1 client (its own connections) per caller. */
final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Answer postArticle(NewswireCorpus.Article article) throws IOException, InterruptedException {
        return post("/api/articles", JSON.writeValueAsString(article.request()));
    }

    Answer postBatch(List<NewswireCorpus.Article> articles) throws IOException, InterruptedException {
        return post("/api/articles:batch", JSON.writeValueAsString(articles.stream().map(NewswireCorpus.Article::request).toList()));
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** What a load-generating request saw: the status and whether the body came gzip-compressed. */
    record Fetched(int status, boolean gzip) {
    }

    /**
     * For load generation: the body is read to its end and dropped, as sent (like wrk, a gzip answer is not
     * decompressed: that is the client's work, done on its own machine, not the service's).
     *
     * @param acceptEncoding the Accept-Encoding to send ("gzip"), or null for none
     */
    Fetched getDiscarding(String path, Duration timeout, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            while (body.read(buffer) >= 0) {
                // drained
            }
        }
        boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        return new Fetched(response.statusCode(), gzip);
    }

    private final byte[] buffer = new byte[65536];
    /** The benchmarks write as an editor, as a newsroom's ingestion would; signed once, not per request. */
    private final String editor = StackCredentials.editor();

    private Answer post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .header("Authorization", editor)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
