package io.crosscheck.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the gateway knows of an article's analysis. {@code available} is false when the claim-service could
 * not be asked (down, slow, circuit open): the article is still served, marked PENDING, with the reason in
 * {@code detail}. Claims stay as the claim-service wrote them (JSON), since it owns their shape.
 */
public record ArticleAnalysis(String status, String extractor, String storyId, List<JsonNode> claims,
        boolean available, String detail) {

    public static final String PENDING = "PENDING";

    /** The claim-service has not heard of the article yet: the outbox of the article-service will tell it. */
    public static ArticleAnalysis notYetReceived() {
        return new ArticleAnalysis(PENDING, null, null, List.of(), true, null);
    }

    public static ArticleAnalysis unavailable(String detail) {
        return new ArticleAnalysis(PENDING, null, null, List.of(), false, detail);
    }
}
