package io.crosscheck.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The claim-service's {@code GET /articles/{id}/analysis} answer; fields it may add later are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AnalysisBody(String articleId, String status, String extractor, String error, String storyId,
        List<JsonNode> claims) {
}
