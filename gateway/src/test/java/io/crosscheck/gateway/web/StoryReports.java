package io.crosscheck.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Story reports as the claim-service writes them, built for the page tests. */
final class StoryReports {

    static final String REPORT_ID = "7d1c7f3e-8f0a-4c55-9d1e-1b2c3d4e5f60";
    static final String COURIER = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String DISPATCH = "1a2b3c4d-0000-4000-8000-000000000002";
    static final String HARBOUR = "1a2b3c4d-0000-4000-8000-000000000003";
    static final String MESSAGE_GROUP = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8";
    static final String VISIT_GROUP = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f9";
    static final String DENIAL_CLAIM = "4b9e0a7c-2f5d-4d8e-9a61-3c2b1d0e9f87";

    private StoryReports() {
    }

    /**
     * The founding story in miniature: the corroborated visit listed before the contested message (the page must
     * put the contested claim first), the courier supporting, the dispatch denying through Peskov, the harbour hedged.
     */
    static String founding(String title) {
        return """
                {"id":"%s","title":"%s",
                 "articles":[
                  {"id":"%s","title":"Putin gets personal message","source":"Evening Courier","publishedAt":"2025-06-24T07:00:00Z"},
                  {"id":"%s","title":"Kremlin: no written message","source":"Northern Dispatch","publishedAt":"2025-06-25T11:00:00Z"},
                  {"id":"%s","title":"Khamenei said to have urged Putin","source":"Harbour Times","publishedAt":"2025-06-24T16:00:00Z"}],
                 "claims":[
                  {"id":"%s","statement":"Araghchi visited the Kremlin on Monday","status":"CORROBORATED",
                   "positions":[
                    {"articleId":"%s","source":"Evening Courier","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"Araghchi brought the message to the Kremlin on Monday."},
                    {"articleId":"%s","source":"Harbour Times","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"during Araghchi's visit to Moscow"}],
                   "conflicts":[]},
                  {"id":"%s","statement":"Putin received a message from Khamenei","status":"CONTESTED",
                   "positions":[
                    {"articleId":"%s","source":"Evening Courier","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"Putin has received a personal message from Khamenei."},
                    {"articleId":"%s","source":"Northern Dispatch","claimId":"%s","stance":"DENIES","claimant":{"name":"Dmitry Peskov","role":"Kremlin spokesman"},"hedged":false,"evidence":"Peskov said Putin did not receive a written message from Khamenei."},
                    {"articleId":"%s","source":"Harbour Times","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":true,"evidence":"Khamenei reportedly sent Putin a message."}],
                   "conflicts":[{"kind":"DENIAL","claimIds":["%s","%s"],"detail":"Northern Dispatch denies what Evening Courier reports"}]}]}"""
                .formatted(REPORT_ID, title, COURIER, DISPATCH, HARBOUR,
                        VISIT_GROUP, COURIER, UUID.randomUUID(), HARBOUR, UUID.randomUUID(),
                        MESSAGE_GROUP, COURIER, UUID.randomUUID(), DISPATCH, DENIAL_CLAIM, HARBOUR, UUID.randomUUID(),
                        UUID.randomUUID(), DENIAL_CLAIM);
    }

    /**
     * Syndicated copy: the courier and the harbour run one Reuters report (one origin), the dispatch writes its own.
     * The claim-service marks each position and article with its origin.
     */
    static String syndicated() {
        return """
                {"id":"%s","title":"Severn tunnel to close",
                 "articles":[
                  {"id":"%s","title":"Severn tunnel to close for six weeks","source":"Evening Courier","publishedAt":"2025-02-04T09:00:00Z","origin":"agency:reuters"},
                  {"id":"%s","title":"Tunnel closure to hit commuters","source":"Harbour Times","publishedAt":"2025-02-04T10:00:00Z","origin":"agency:reuters"},
                  {"id":"%s","title":"Severn tunnel shuts in March","source":"Northern Dispatch","publishedAt":"2025-02-04T12:00:00Z","origin":"%s"}],
                 "claims":[
                  {"id":"%s","statement":"The Severn rail tunnel will close for six weeks","status":"CORROBORATED",
                   "positions":[
                    {"articleId":"%s","source":"Evening Courier","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"The tunnel will close for six weeks.","origin":"agency:reuters"},
                    {"articleId":"%s","source":"Harbour Times","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"The tunnel will close for six weeks.","origin":"agency:reuters"},
                    {"articleId":"%s","source":"Northern Dispatch","claimId":"%s","stance":"SUPPORTS","claimant":null,"hedged":false,"evidence":"The tunnel shuts for six weeks from March.","origin":"%s"}],
                   "conflicts":[]}]}"""
                .formatted(REPORT_ID, COURIER, HARBOUR, DISPATCH, DISPATCH,
                        MESSAGE_GROUP, COURIER, UUID.randomUUID(), HARBOUR, UUID.randomUUID(), DISPATCH,
                        UUID.randomUUID(), DISPATCH);
    }

    /**
     * A large story: {@code articles} articles from {@code sources} outlets (source i runs articles i, i+sources, ...),
     * {@code groups} claim groups each taking a position from every article of {@code perGroup} consecutive ones.
     */
    static String large(String id, int articles, int sources, int groups, int perGroup) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"title\":\"A large story\",\"articles\":[");
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String article = UUID.randomUUID().toString();
            ids.add(article);
            json.append(a == 0 ? "" : ",").append("{\"id\":\"").append(article).append("\",\"title\":\"Article ").append(a)
                    .append("\",\"source\":\"Outlet ").append(a % sources).append("\",\"publishedAt\":\"2025-06-")
                    .append(String.format("%02d", 1 + a % 28)).append("T10:00:00Z\"}");
        }
        json.append("],\"claims\":[");
        for (int g = 0; g < groups; g++) {
            json.append(g == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"statement\":\"Claim ")
                    .append(g).append(" of the large story\",\"status\":\"").append(g % 3 == 0 ? "CONTESTED" : "CORROBORATED")
                    .append("\",\"positions\":[");
            for (int p = 0; p < perGroup; p++) {
                int a = (g * 7 + p) % articles;
                json.append(p == 0 ? "" : ",").append("{\"articleId\":\"").append(ids.get(a)).append("\",\"source\":\"Outlet ")
                        .append(a % sources).append("\",\"claimId\":\"").append(UUID.randomUUID())
                        .append("\",\"stance\":\"").append(p % 5 == 4 ? "DENIES" : "SUPPORTS")
                        .append("\",\"claimant\":null,\"hedged\":false,\"evidence\":\"A sentence of evidence, long enough to weigh something on the page.\"}");
            }
            json.append("],\"conflicts\":[]}");
        }
        return json.append("]}").toString();
    }
}
