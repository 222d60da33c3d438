package io.crosscheck.gateway.rest;

/** Example payloads for the OpenAPI document, kept out of the resources so those stay readable. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String ARTICLE_REQUEST = """
            {"title": "Kremlin says Putin received no written message from Tehran",
             "body": "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin had not received a written message from Tehran.",
             "source": "Example Wire", "url": "https://news.example.com/world/kremlin-message",
             "publishedAt": "2025-06-24T09:30:00Z", "language": "en"}""";

    static final String ARTICLE = """
            {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "Kremlin says Putin received no written message from Tehran",
             "source": "Example Wire", "url": "https://news.example.com/world/kremlin-message", "author": null,
             "publishedAt": "2025-06-24T09:30:00Z", "language": "en",
             "body": "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin had not received a written message from Tehran.",
             "contentHash": "9c1185a5c5e9fc54612808977ee8f548b2258d31", "hasOriginalHtml": false,
             "createdAt": "2025-06-24T09:31:02Z", "updatedAt": "2025-06-24T09:31:02Z", "version": 0,
             "storyId": "7d1c7f3e-8f0a-4c55-9d1e-1b2c3d4e5f60",
             "analysis": {"status": "DONE", "extractor": "rules-v1", "available": true},
             "claims": [{"id": "4b9e0a7c-2f5d-4d8e-9a61-3c2b1d0e9f87", "articleId": "0f8fad5b-d9cb-469f-a165-70867728950e",
               "text": "Vladimir Putin had not received a written message from Tehran",
               "sentence": "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin had not received a written message from Tehran.",
               "span": {"start": 0, "end": 124}, "claimant": {"name": "Dmitry Peskov", "role": "Kremlin spokesman"},
               "attribution": "INDIRECT", "cue": "said", "polarity": "DENIES", "hedged": false, "hedges": [],
               "checkworthiness": 0.82,
               "entities": [{"text": "Vladimir Putin", "type": "PERSON"}, {"text": "Tehran", "type": "LOCATION"}],
               "times": [{"text": "on Tuesday", "value": "2025-06-24"}], "quantities": []}]}""";

    static final String ARTICLE_DEGRADED = """
            {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "Kremlin says Putin received no written message from Tehran",
             "source": "Example Wire", "body": "...", "storyId": null,
             "analysis": {"status": "PENDING", "extractor": null, "available": false,
                          "detail": "claim-service unavailable: no answer within the time limit"},
             "claims": []}""";

    static final String VALIDATION_PROBLEM = """
            {"type": "about:blank", "title": "Invalid request", "status": 400, "detail": "title: must not be blank",
             "instance": "/api/articles", "errors": [{"field": "title", "message": "must not be blank"}]}""";

    static final String NOT_FOUND_PROBLEM = """
            {"type": "about:blank", "title": "Not found", "status": 404,
             "detail": "No article with id 0f8fad5b-d9cb-469f-a165-70867728950e",
             "instance": "/api/articles/0f8fad5b-d9cb-469f-a165-70867728950e"}""";

    static final String BATCH_REQUEST = """
            [{"title": "Rail strike called", "body": "Train drivers will strike on Friday, the union said.", "source": "Example Wire"},
             {"title": "", "body": "A title is missing here.", "source": "Example Wire"}]""";

    static final String BATCH_RESULT = """
            {"created": 1, "duplicates": 0, "failed": 1, "items": [
              {"index": 0, "status": 201, "id": "0f8fad5b-d9cb-469f-a165-70867728950e"},
              {"index": 1, "status": 400, "error": {"type": "about:blank", "title": "Invalid request", "status": 400,
                "detail": "title: must not be blank", "errors": [{"field": "title", "message": "must not be blank"}]}}]}""";

    static final String STORY_PAGE = """
            {"items": [{"id": "7d1c7f3e-8f0a-4c55-9d1e-1b2c3d4e5f60", "title": "Kremlin denies receiving message from Tehran",
              "articleCount": 3, "sources": ["Example Wire", "Daily Example"], "firstPublishedAt": "2025-06-24T09:30:00Z",
              "lastPublishedAt": "2025-06-24T15:10:00Z", "contestedCount": 1}], "page": 0, "size": 20, "total": 1}""";

    static final String STORY_REPORT = """
            {"id": "7d1c7f3e-8f0a-4c55-9d1e-1b2c3d4e5f60", "title": "Kremlin denies receiving message from Tehran",
             "articles": [{"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "title": "Kremlin says Putin received no written message",
                           "source": "Example Wire", "publishedAt": "2025-06-24T09:30:00Z"}],
             "claims": [{"id": "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8", "statement": "Putin received a written message from Tehran",
               "headline": false, "status": "CONTESTED",
               "positions": [{"articleId": "0f8fad5b-d9cb-469f-a165-70867728950e", "source": "Example Wire",
                 "claimId": "4b9e0a7c-2f5d-4d8e-9a61-3c2b1d0e9f87", "stance": "DENIES",
                 "claimant": {"name": "Dmitry Peskov", "role": "Kremlin spokesman"}, "hedged": false,
                 "evidence": "Peskov said Putin had not received a written message."}],
               "conflicts": [{"kind": "DENIAL", "claimIds": ["4b9e0a7c-2f5d-4d8e-9a61-3c2b1d0e9f87", "5c0f1b8d-3a6e-4e9f-8b72-4d3c2e1f0a98"],
                 "detail": "Example Wire denies what Daily Example reports"}]}],
             "splits": []}""";

    static final String CHECK_REQUEST = """
            {"claim": "Putin received a written message from Tehran", "limit": 10}""";

    static final String CHECK_RESULT = """
            {"claim": "Putin received a written message from Tehran", "matches": [
              {"articleId": "0f8fad5b-d9cb-469f-a165-70867728950e", "source": "Example Wire",
               "title": "Kremlin says Putin received no written message from Tehran", "stance": "DENIES", "score": 0.87,
               "evidence": [{"sentence": "Peskov said Putin had not received a written message from Tehran.", "start": 0, "end": 66}]}]}""";

    static final String STANCE_REQUEST = """
            {"claim": "Putin received a written message from Tehran",
             "text": "Kremlin spokesman Dmitry Peskov said Putin had not received any written message from Tehran.",
             "title": "Kremlin denies message"}""";

    static final String STANCE_RESULT = """
            {"stance": "DENIES", "confidence": 0.91,
             "evidence": [{"sentence": "Kremlin spokesman Dmitry Peskov said Putin had not received any written message from Tehran.", "start": 0, "end": 93}]}""";

    static final String COMPARE_REQUEST = """
            {"a": "12 people were injured in the explosion at the Kabul market on Monday.",
             "b": "Seven people were injured in the explosion at the Kabul market on Monday."}""";

    static final String COMPARE_RESULT = """
            {"relation": "CONFLICTS", "score": 0.93, "detail": "the same fact, but figures 12 against 7"}""";

    static final String COMPARE_PARAPHRASE_REQUEST = """
            {"a": "The central bank raised interest rates by half a point on Thursday.",
             "b": "On Thursday the central bank raised its interest rates by half a point."}""";

    static final String COMPARE_PARAPHRASE_RESULT = """
            {"relation": "SAME", "score": 0.95, "detail": "the same fact"}""";
}
