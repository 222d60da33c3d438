package io.crosscheck.gateway;

import java.util.UUID;

/** Neighbour answers as the article-service and claim-service write them. */
public final class Stubs {

    private Stubs() {
    }

    public static final String PROBLEM_JSON = "application/problem+json";

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String article(String id) {
        return """
                {"id":"%s","title":"Ministry announces rail line","source":"Example Wire",
                 "url":"https://news.example.com/rail","author":null,"publishedAt":"2025-06-24T09:30:00Z",
                 "language":"en","body":"The transport ministry said on Wednesday it would build a 90-kilometre rail line.",
                 "contentHash":"abc123","hasOriginalHtml":false,"createdAt":"2025-06-24T09:31:02Z",
                 "updatedAt":"2025-06-24T09:31:02Z","version":3}""".formatted(id);
    }

    public static String analysis(String articleId, String storyId) {
        return """
                {"articleId":"%s","status":"DONE","extractor":"rules-v1","error":null,"storyId":"%s",
                 "claims":[{"id":"%s","articleId":"%s","text":"The ministry will build a 90-kilometre rail line",
                   "sentence":"The transport ministry said on Wednesday it would build a 90-kilometre rail line.",
                   "span":{"start":0,"end":83},"claimant":{"name":null,"role":"transport ministry"},
                   "attribution":"INDIRECT","cue":"said","polarity":"AFFIRMS","hedged":false,"hedges":[],
                   "checkworthiness":0.8,"entities":[{"text":"transport ministry","type":"ORGANIZATION"}],
                   "times":[{"text":"on Wednesday","value":"2025-06-25"}],
                   "quantities":[{"text":"90-kilometre","value":90,"unit":"km"}]}]}"""
                .formatted(articleId, storyId, newId(), articleId);
    }

    public static String problem(int status, String title, String detail, String instance) {
        return """
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s","instance":"%s"}"""
                .formatted(title, status, detail, instance);
    }

    public static String validationProblem(String instance) {
        return """
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"title: must not be blank",
                 "instance":"%s","errors":[{"field":"title","message":"must not be blank"},
                 {"field":"publishedAt","message":"not an ISO-8601 date or instant"}]}""".formatted(instance);
    }
}
