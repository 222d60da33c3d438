package io.crosscheck.e2e.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.e2e.ServiceProcess;
import io.crosscheck.e2e.StackCredentials;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;
import io.crosscheck.nlp.tools.train.Clustering;
import io.crosscheck.nlp.tools.train.FncRumours;
import io.crosscheck.testing.postgres.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The story report measured on real multi-outlet coverage (run by {@code ./evaluate stories}, not a test).
 * <p>FNC-1's 1,683 training bodies, grouped into rumours by {@link FncRumours}, are delivered to the packaged
 * claim-service on a real PostgreSQL (title = the body's first sentence, no date, one of 36 outlet names per
 * body) and analysed by the real pipeline. The service runs on a stance model trained without the held-out
 * rumours ({@code -Dstance.rumourFold=K/N}, the same folds of {@link FncRumours#fold}), so the figures about
 * positions, statuses and the claim check are taken on those rumours only; story clustering is scored on all
 * bodies. With several folds run, each is a fresh store on its own model and the counts are pooled.
 * <p>Counting: a position is its stance, with a hedged SUPPORTS counted as DISCUSSES (FNC-1's "discuss" is a
 * body that reports the claim without vouching for it). A rumour's gold status is CONTESTED when one of its
 * bodies denies it.
 */
public final class StoryReportEvaluation {

    private static final String[] OUTLET_FIRST = {"Daily", "Morning", "Evening", "Global", "National", "Metro"};
    private static final String[] OUTLET_SECOND = {"Courier", "Herald", "Post", "Wire", "Times", "Gazette"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final FncRumours data;
    private final Set<Integer> heldOut;
    private final String claimsJdbcUrl;

    private StoryReportEvaluation(String baseUrl, FncRumours data, Set<Integer> heldOut, String claimsJdbcUrl) {
        this.baseUrl = baseUrl;
        this.data = data;
        this.heldOut = heldOut;
        this.claimsJdbcUrl = claimsJdbcUrl;
    }

    /**
     * args: repository root, FNC-1 training directory, stance model path with {@code {fold}} where the fold number
     * goes (each trained with {@code -Dstance.rumourFold=K/N}). {@code -Deval.rumourFolds=N} (5) cuts the rumours
     * into N folds; {@code -Deval.scoredFolds} names the folds to run, "0,3" or "all" (default "0"). Each fold is a
     * fresh database and service on its own model; positions, statuses and the claim check are pooled over the
     * folds run, story figures averaged.
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path fnc = Path.of(args[1]);
        String modelPattern = Path.of(args[2]).toAbsolutePath().toString();
        int folds = Integer.getInteger("eval.rumourFolds", 5);
        String scored = System.getProperty("eval.scoredFolds", "0");
        List<Integer> runs = scored.equals("all") ? java.util.stream.IntStream.range(0, folds).boxed().toList()
                : java.util.Arrays.stream(scored.split(",")).map(String::strip).map(Integer::valueOf).toList();
        FncRumours data = FncRumours.read(fnc);
        List<FoldResult> results = new ArrayList<>();
        for (int k : runs) {
            Path model = Path.of(modelPattern.replace("{fold}", Integer.toString(k)));
            if (!Files.exists(model)) {
                throw new IllegalStateException(model + " is missing: train it with -Dstance.rumourFold=" + k + "/" + folds);
            }
            log("fold %d of %d: model %s", k, folds, model);
            results.add(runFold(root, data, data.fold(k, folds), model, k));
        }
        report(data, folds, runs, results);
    }

    private static FoldResult runFold(Path root, FncRumours data, Set<Integer> heldOut, Path model, int fold) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startTemporary("claims")) {
            ServiceProcess claimService = new ServiceProcess(root, "claim-service", EmbeddedPostgres.freePort(), Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("claims"),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "CROSSCHECK_CLAIMS_STANCE_MODEL_FILE", model.toString()), serviceSettings());
            claimService.start();
            try {
                return new StoryReportEvaluation(claimService.baseUrl(), data, heldOut, postgres.jdbcUrl("claims")).run(fold);
            } finally {
                claimService.stop();
            }
        }
    }

    /** The claim-service's own settings given to this JVM ({@code -Dcrosscheck.claims.x=y}), to measure a setting. */
    private static List<String> serviceSettings() {
        return System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("crosscheck.claims."))
                .sorted().map(name -> "-D" + name + "=" + System.getProperty(name)).toList();
    }

    /** What one fold measured: story figures over all bodies, counts on the fold's held-out rumours. */
    record FoldResult(int fold, Clustering.Scores stories, Clustering.Scores heldStories, long storiesMade,
                      List<Integer> largest, int[] splits, GroupCounts groups, CheckCounts checks) {
    }

    private FoldResult run(int fold) throws Exception {
        long start = System.nanoTime();
        Map<UUID, Integer> bodyOfArticle = deliverAll();
        log("analysed %d bodies in %.0f s", bodyOfArticle.size(), (System.nanoTime() - start) / 1e9);
        Store store = readStore(bodyOfArticle);
        log("read %d stories", store.storyOfBody.values().stream().distinct().count());
        Map<Integer, Integer> gold = new HashMap<>();
        data.bodies().keySet().forEach(body -> gold.put(body, data.rumourOf(body)));
        // The held-out rumours' bodies alone (pairs among them), for settings learnt on the other rumours.
        Map<Integer, Integer> heldGold = new HashMap<>();
        gold.forEach((body, rumour) -> {
            if (heldOut.contains(rumour)) {
                heldGold.put(body, rumour);
            }
        });
        Map<String, Integer> sizes = new HashMap<>();
        store.storyOfBody().values().forEach(story -> sizes.merge(story, 1, Integer::sum));
        GroupCounts groups = groupCounts(store, fold);
        statementWhatIf(store, bodyOfArticle, fold);
        CheckCounts checks = checkCounts(bodyOfArticle);
        return new FoldResult(fold, Clustering.score(gold, store.storyOfBody()), Clustering.score(heldGold, store.storyOfBody()),
                store.storyOfBody().values().stream().distinct().count(),
                sizes.values().stream().sorted(Collections.reverseOrder()).limit(5).toList(), storySplits(), groups, checks);
    }

    // ---- Delivery -------------------------------------------------------------------------------------------

    /** Every body, in a shuffled (seeded) order, as an article; returns article id → body id once all are analysed. */
    private Map<UUID, Integer> deliverAll() throws Exception {
        List<Integer> ids = new ArrayList<>(new TreeMap<>(data.bodies()).keySet());
        Collections.shuffle(ids, new Random(42));
        Map<UUID, Integer> bodyOfArticle = new LinkedHashMap<>();
        for (int body : ids) {
            UUID article = UUID.nameUUIDFromBytes(("fnc1-body-" + body).getBytes(StandardCharsets.UTF_8));  // stable across runs
            bodyOfArticle.put(article, body);
            send("PUT", "/articles/" + article, article(body), 202);
        }
        Set<UUID> pending = new java.util.LinkedHashSet<>(bodyOfArticle.keySet());
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        int failed = 0;
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " articles not analysed in 30 minutes");
            }
            Thread.sleep(2000);
            for (UUID article : List.copyOf(pending)) {
                JsonNode analysis = get("/articles/" + article + "/analysis");
                String status = analysis == null ? "PENDING" : analysis.path("status").asText();
                if (!status.equals("PENDING")) {
                    pending.remove(article);
                    failed += status.equals("FAILED") ? 1 : 0;
                }
                if (status.equals("PENDING")) {
                    break;  // delivered in order and analysed roughly in order: poll the rest next round
                }
            }
            log("%d of %d analysed", bodyOfArticle.size() - pending.size(), bodyOfArticle.size());
        }
        if (failed > 0) {
            log("%d articles FAILED (scored as belonging to no story)", failed);
        }
        return bodyOfArticle;
    }

    private String article(int body) throws Exception {
        String text = data.bodies().get(body);
        List<SentenceSpan> sentences = TextAnalysis.shared().sentences(text);
        String title = sentences.isEmpty() ? text.strip() : sentences.get(0).text();
        if (title.length() > 300) {
            title = title.substring(0, 300);
        }
        if (title.isBlank()) {
            title = "(untitled)";
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("title", title);
        json.put("text", text);
        int outlet = Math.floorMod(Integer.hashCode(body) * 31 + 7, OUTLET_FIRST.length * OUTLET_SECOND.length);
        json.put("source", OUTLET_FIRST[outlet / OUTLET_SECOND.length] + " " + OUTLET_SECOND[outlet % OUTLET_SECOND.length]);
        json.put("language", "en");
        json.put("contentHash", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))));
        json.put("version", 0);
        return JSON.writeValueAsString(json);
    }

    // ---- What the service made of it ------------------------------------------------------------------------

    /**
     * One position of a body in a claim group, as the report shows it.
     * @param withClaim whether a claim of the body is in the group (else the engine read it toward a lead group)
     */
    record Seen(int body, UUID article, Stance stance, String evidence, boolean withClaim) {
    }

    /** @param conflictKinds the group's conflicts as the report lists them: kind (detail) */
    /** @param headline whether the group is its story's headline group (every article read toward the title) */
    record Group(String storyId, UUID id, String statement, boolean headline, String status, List<Seen> positions,
                 List<String> conflictKinds) {
        Set<Integer> bodies() {
            Set<Integer> bodies = new HashSet<>();
            positions.forEach(p -> bodies.add(p.body()));
            return bodies;
        }
    }

    record Store(Map<Integer, String> storyOfBody, Map<String, List<Group>> groupsOfStory, Map<String, String> titleOfStory) {
    }

    private Store readStore(Map<UUID, Integer> bodyOfArticle) throws Exception {
        Map<Integer, String> storyOfBody = new HashMap<>();
        Map<String, List<Group>> groupsOfStory = new HashMap<>();
        Map<String, String> titleOfStory = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode stories = get("/stories?size=100&page=" + page);
            JsonNode items = stories.path("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode summary : items) {
                String storyId = summary.path("id").asText();
                JsonNode report = get("/stories/" + storyId);
                titleOfStory.put(storyId, report.path("title").asText());
                for (JsonNode article : report.path("articles")) {
                    Integer body = bodyOfArticle.get(UUID.fromString(article.path("id").asText()));
                    if (body != null) {
                        storyOfBody.put(body, storyId);
                    }
                }
                List<Group> groups = new ArrayList<>();
                for (JsonNode claim : report.path("claims")) {
                    List<Seen> positions = new ArrayList<>();
                    Set<Integer> seen = new HashSet<>();
                    for (JsonNode position : claim.path("positions")) {
                        Integer body = bodyOfArticle.get(UUID.fromString(position.path("articleId").asText()));
                        if (body != null && seen.add(body)) {  // an article's first position is the one shown first
                            positions.add(new Seen(body, UUID.fromString(position.path("articleId").asText()), counted(position),
                                    position.path("evidence").asText(), !position.path("claimId").isNull()
                                    && !position.path("claimId").isMissingNode()));
                        }
                    }
                    List<String> conflictKinds = new ArrayList<>();
                    claim.path("conflicts").forEach(conflict -> conflictKinds.add(
                            conflict.path("kind").asText() + " (" + conflict.path("detail").asText() + ")"));
                    groups.add(new Group(storyId, UUID.fromString(claim.path("id").asText()), claim.path("statement").asText(),
                            claim.path("headline").asBoolean(), claim.path("status").asText(), positions, conflictKinds));
                }
                groupsOfStory.put(storyId, groups);
            }
        }
        return new Store(storyOfBody, groupsOfStory, titleOfStory);
    }

    /** The report's position as an FNC-1 label: a hedged SUPPORTS vouches for nothing, so it is DISCUSSES. */
    private static Stance counted(JsonNode position) {
        return switch (position.path("stance").asText()) {
            case "SUPPORTS" -> position.path("hedged").asBoolean() ? Stance.DISCUSSES : Stance.SUPPORTS;
            case "DENIES" -> Stance.DENIES;
            default -> Stance.DISCUSSES;
        };
    }

    // ---- Figures --------------------------------------------------------------------------------------------

    private static void report(FncRumours data, int folds, List<Integer> runs, List<FoldResult> results) {
        Set<Integer> scoredRumours = new TreeSet<>();
        runs.forEach(k -> scoredRumours.addAll(data.fold(k, folds)));
        System.out.printf(Locale.ROOT, "FNC-1 training bodies as stories: %d bodies, %d rumours; positions, statuses and "
                        + "claim check on the %d rumours held out of stance training (fold%s %s of %d, %d bodies; each fold "
                        + "on a model trained without it).%n%n", data.bodies().size(), data.rumours().size(),
                scoredRumours.size(), runs.size() > 1 ? "s" : "", runs, folds,
                data.rumours().stream().filter(r -> scoredRumours.contains(r.id())).mapToInt(FncRumours.Rumour::size).sum());
        storyFigures(data, results);
        GroupCounts groups = results.stream().map(FoldResult::groups).reduce(GroupCounts::plus).orElseThrow();
        groups.print();
        CheckCounts checks = results.stream().map(FoldResult::checks).reduce(CheckCounts::plus).orElseThrow();
        checks.print();
    }

    private static void storyFigures(FncRumours data, List<FoldResult> results) {
        int largestRumour = data.rumours().stream().mapToInt(FncRumours.Rumour::size).max().orElse(0);
        String over = results.size() > 1 ? " (mean of " + results.size() + " runs)" : "";
        System.out.println("| stories" + over + " | value |");
        System.out.println("|---|---|");
        row("pairwise precision / recall / F1 (all bodies)", "%.3f / %.3f / **%.3f**",
                mean(results, r -> r.stories().pairPrecision()), mean(results, r -> r.stories().pairRecall()),
                mean(results, r -> r.stories().pairF1()));
        row("BCubed precision / recall / F1 (all bodies)", "%.3f / %.3f / **%.3f**",
                mean(results, r -> r.stories().bcubedPrecision()), mean(results, r -> r.stories().bcubedRecall()),
                mean(results, r -> r.stories().bcubedF1()));
        row("pairwise / BCubed F1 (held-out rumours' bodies among themselves)", "%.3f / %.3f",
                mean(results, r -> r.heldStories().pairF1()), mean(results, r -> r.heldStories().bcubedF1()));
        if (results.size() > 1) {
            row("pairwise F1 per run", "%s", results.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.stories().pairF1())).toList());
        }
        row("stories made / rumours", "%.0f / %d", mean(results, r -> r.storiesMade()), data.rumours().size());
        row("largest stories (largest rumour)", "%s (%d)", results.get(0).largest(), largestRumour);
        // Splits that survive to the end of filing (a split-off story merged away later is not counted).
        row("stories split while filing (articles moved)", "%.0f (%.0f)", mean(results, r -> r.splits()[0]),
                mean(results, r -> r.splits()[1]));
        System.out.println();
    }

    private static double mean(List<FoldResult> results, java.util.function.ToDoubleFunction<FoldResult> figure) {
        return results.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    /**
     * A DENIES of the report that the stance engine read, with the body's label, the engine's confidence and the
     * sentence shown for it.
     */
    record EngineDenial(Stance truth, double confidence, String evidence) {
        /** Whether the sentence calls something false or denies it in words (a refuting word or falsity phrase). */
        boolean evidenceRefutes() {
            List<String> words = TextAnalysis.words(evidence == null ? "" : evidence);  // lower-cased already
            if (words.stream().anyMatch(Lexicon.REFUTING::contains)) {
                return true;
            }
            return Lexicon.FALSITY_PHRASES.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0);
        }
    }

    /**
     * Sources in conflict, judged without orienting the labels. An FNC-1 label is a body's stance toward one
     * headline, and a rumour's headlines point both ways ("X died" / "the news of X's death is false"): the
     * majority label of a body that reports a debunk is SUPPORTS when most headlines are debunks, though toward a
     * group stating "X died" it denies. Two bodies labelled against one same headline are on opposite sides when one
     * agrees and the other disagrees with it, whatever the headline's direction. Here: the pairs of a main group's
     * bodies that the report puts in conflict (one SUPPORTS, one DENIES), how many of those a common headline shows
     * on opposite sides (pairs without a headline labelling both as agree or disagree cannot be judged), and of the
     * pairs a common headline shows opposite, how many the report puts in conflict.
     */
    record ConflictPairs(int reported, int judged, int right, int goldOpposite, int found) {
        static final ConflictPairs NONE = new ConflictPairs(0, 0, 0, 0, 0);

        ConflictPairs plus(ConflictPairs o) {
            return new ConflictPairs(reported + o.reported, judged + o.judged, right + o.right,
                    goldOpposite + o.goldOpposite, found + o.found);
        }

        static ConflictPairs of(List<Seen> positions, Set<Integer> rumourBodies, List<FncRumours.Headline> headlines) {
            List<Seen> covered = positions.stream().filter(p -> rumourBodies.contains(p.body())).toList();
            int reported = 0;
            int judged = 0;
            int right = 0;
            int goldOpposite = 0;
            int found = 0;
            for (int i = 0; i < covered.size(); i++) {
                for (int j = i + 1; j < covered.size(); j++) {
                    Seen a = covered.get(i);
                    Seen b = covered.get(j);
                    boolean inConflict = EnumSet.of(a.stance(), b.stance()).equals(EnumSet.of(Stance.SUPPORTS, Stance.DENIES));
                    Boolean opposite = oppositeSides(a.body(), b.body(), headlines);
                    reported += inConflict ? 1 : 0;
                    if (inConflict && opposite != null) {
                        judged++;
                        right += opposite ? 1 : 0;
                    }
                    if (Boolean.TRUE.equals(opposite)) {
                        goldOpposite++;
                        found += inConflict ? 1 : 0;
                    }
                }
            }
            return new ConflictPairs(reported, judged, right, goldOpposite, found);
        }

        /** Over the headlines labelling both bodies agree or disagree: opposite sides more often than the same; null without one. */
        static Boolean oppositeSides(int a, int b, List<FncRumours.Headline> headlines) {
            int same = 0;
            int opposite = 0;
            for (FncRumours.Headline headline : headlines) {
                Stance sa = headline.bodyStances().get(a);
                Stance sb = headline.bodyStances().get(b);
                if (takesASide(sa) && takesASide(sb)) {
                    if (sa == sb) {
                        same++;
                    } else {
                        opposite++;
                    }
                }
            }
            return same + opposite == 0 ? null : opposite > same;
        }

        private static boolean takesASide(Stance stance) {
            return stance == Stance.SUPPORTS || stance == Stance.DENIES;
        }

        void print() {
            row("sources in conflict (pairs one SUPPORTS, one DENIES), judged on a headline both are labelled against: precision",
                    "**%.3f** (%d / %d judged; %d reported)", ratio(right, judged), right, judged, reported);
            row("sources in conflict: recall (pairs a common headline shows on opposite sides)", "**%.3f** (%d / %d)",
                    ratio(found, goldOpposite), found, goldOpposite);
        }
    }

    /** Counts on the main claim groups of one fold's held-out rumours, to pool over folds. */
    record GroupCounts(int rumoursScored, int withGroup, int covered, int bodies, int right, int deniesPredicted,
                       int deniesRight, int deniesGold, int statusRight, int corroborated, int mixing,
                       Map<String, Integer> mixingKinds, Map<Stance, Map<Stance, Integer>> confusion, List<EngineDenial> engineDenials,
                       ConflictPairs conflictPairs, int readWithoutClaim, int readWithoutClaimRight,
                       int unbackedDenials, int unbackedDenialsOfDenyingBodies) {

        private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
            Map<String, Integer> both = new TreeMap<>(a);
            b.forEach((k, v) -> both.merge(k, v, Integer::sum));
            return both;
        }

        GroupCounts plus(GroupCounts o) {
            Map<Stance, Map<Stance, Integer>> both = new EnumMap<>(Stance.class);
            for (Map<Stance, Map<Stance, Integer>> m : List.of(confusion, o.confusion)) {
                m.forEach((truth, row) -> row.forEach((seen, n) ->
                        both.computeIfAbsent(truth, t -> new EnumMap<>(Stance.class)).merge(seen, n, Integer::sum)));
            }
            return new GroupCounts(rumoursScored + o.rumoursScored, withGroup + o.withGroup, covered + o.covered,
                    bodies + o.bodies, right + o.right, deniesPredicted + o.deniesPredicted, deniesRight + o.deniesRight,
                    deniesGold + o.deniesGold, statusRight + o.statusRight, corroborated + o.corroborated,
                    mixing + o.mixing, sum(mixingKinds, o.mixingKinds), both,
                    java.util.stream.Stream.concat(engineDenials.stream(), o.engineDenials.stream()).toList(),
                    conflictPairs.plus(o.conflictPairs), readWithoutClaim + o.readWithoutClaim,
                    readWithoutClaimRight + o.readWithoutClaimRight,
                    unbackedDenials + o.unbackedDenials,
                    unbackedDenialsOfDenyingBodies + o.unbackedDenialsOfDenyingBodies);
        }

        /**
         * What a gate on the stance engine's confidence would do: the report's DENIES that the engine read (its stored
         * confidence) shown as DISCUSSES below a threshold; the extraction's stay. Measured 2026-12-03 over 5 folds:
         * the false denials are as confident as the true ones (29 of 58 at 0.9 or more, none right), so no threshold
         * buys precision (a denial found by the explicit-denial rule carries the relatedness as its confidence).
         */
        void printDenialConfidenceSweep() {
            System.out.printf(Locale.ROOT, "Denials by the stance engine's confidence (%d of the %d reported DENIES are "
                    + "the engine's; below the threshold they would be DISCUSSES):%n%n", engineDenials.size(), deniesPredicted);
            System.out.println("| engine confidence at least | denial precision | denial recall | position accuracy |");
            System.out.println("|---|---|---|---|");
            for (double t : new double[] {0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                int dropped = 0;
                int droppedRight = 0;
                int droppedNowRight = 0;
                for (EngineDenial denial : engineDenials) {
                    if (denial.confidence() < t) {
                        dropped++;
                        droppedRight += denial.truth() == Stance.DENIES ? 1 : 0;
                        droppedNowRight += denial.truth() == Stance.DISCUSSES ? 1 : 0;
                    }
                }
                int kept = deniesPredicted - dropped;
                int keptRight = deniesRight - droppedRight;
                int positionsRight = right - droppedRight + droppedNowRight;
                System.out.printf(Locale.ROOT, "| %.1f | %.3f (%d / %d) | %.3f (%d / %d) | %.3f |%n", t, ratio(keptRight, kept),
                        keptRight, kept, ratio(keptRight, deniesGold), keptRight, deniesGold, ratio(positionsRight, covered));
            }
            System.out.println();
        }

        /**
         * What a gate on the denial's sentence would do: the report's DENIES that the engine read shown as DISCUSSES
         * unless the sentence shown for it calls something false or denies it in words (Lexicon.REFUTING, FALSITY_PHRASES).
         */
        void printDenialWordingWhatIf() {
            int dropped = 0;
            int droppedRight = 0;
            int droppedNowRight = 0;
            for (EngineDenial denial : engineDenials) {
                if (!denial.evidenceRefutes()) {
                    dropped++;
                    droppedRight += denial.truth() == Stance.DENIES ? 1 : 0;
                    droppedNowRight += denial.truth() == Stance.DISCUSSES ? 1 : 0;
                }
            }
            int kept = deniesPredicted - dropped;
            int keptRight = deniesRight - droppedRight;
            System.out.printf(Locale.ROOT, "Engine denials whose sentence refutes in words (a refuting word or falsity phrase): "
                            + "%d of %d. Only those kept: denial precision %.3f (%d / %d), recall %.3f (%d / %d), position "
                            + "accuracy %.3f%n%n", engineDenials.size() - dropped, engineDenials.size(), ratio(keptRight, kept),
                    keptRight, kept, ratio(keptRight, deniesGold), keptRight, deniesGold,
                    ratio(right - droppedRight + droppedNowRight, covered));
        }

        void print() {
            System.out.printf(Locale.ROOT, "| main claim group (%d held-out rumours of 3+ bodies, %d bodies) | value |%n",
                    rumoursScored, bodies);
            System.out.println("|---|---|");
            row("rumours with a main group", "%d / %d", withGroup, rumoursScored);
            row("coverage (bodies with a position in it)", "**%.3f** (%d / %d)", ratio(covered, bodies), covered, bodies);
            row("position accuracy (of the positions taken)", "**%.3f** (%d / %d)", ratio(right, covered), right, covered);
            row("position accuracy (a missing position is wrong)", "%.3f", ratio(right, bodies));
            row("positions read without a claim of the body in the group: share / accuracy", "%.3f (%d / %d) / %.3f",
                    ratio(readWithoutClaim, covered), readWithoutClaim, covered, ratio(readWithoutClaimRight, readWithoutClaim));
            row("denial precision / recall", "**%.3f** (%d / %d) / **%.3f** (%d / %d)", ratio(deniesRight, deniesPredicted),
                    deniesRight, deniesPredicted, ratio(deniesRight, deniesGold), deniesRight, deniesGold);
            row("the engine's DENIES readings shown otherwise (the story's headline does not back them, or the statement "
                    + "is itself a denial): of denying bodies",
                    "%d / %d", unbackedDenialsOfDenyingBodies, unbackedDenials);
            row("status accuracy (CONTESTED exactly when a body denies)", "**%.3f** (%d / %d)", ratio(statusRight, rumoursScored),
                    statusRight, rumoursScored);
            row("CORROBORATED groups mixing rumours (all stories, every run)", "**%.3f** (%d / %d)", ratio(mixing, corroborated),
                    mixing, corroborated);
            mixingKinds.forEach((kind, count) -> row("- mixing groups where " + kind, "%d", count));
            conflictPairs.print();
            System.out.println();
            printDenialConfidenceSweep();
            printDenialWordingWhatIf();
            System.out.println("Positions in the main groups (rows: body's label; columns: report, hedged SUPPORTS as DISCUSSES):");
            System.out.println();
            System.out.println("| label \\ report | SUPPORTS | DENIES | DISCUSSES |");
            System.out.println("|---|---|---|---|");
            for (Stance truth : List.of(Stance.SUPPORTS, Stance.DENIES, Stance.DISCUSSES)) {
                Map<Stance, Integer> row = confusion.getOrDefault(truth, Map.of());
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", truth, row.getOrDefault(Stance.SUPPORTS, 0),
                        row.getOrDefault(Stance.DENIES, 0), row.getOrDefault(Stance.DISCUSSES, 0));
            }
            System.out.println();
        }
    }

    private GroupCounts groupCounts(Store store, int fold) {
        int rumoursScored = 0;
        int withGroup = 0;
        int covered = 0;
        int readWithoutClaim = 0;
        int readWithoutClaimRight = 0;
        int bodies = 0;
        int right = 0;
        int deniesPredicted = 0;
        int deniesRight = 0;
        int deniesGold = 0;
        int statusRight = 0;
        int unbackedDenials = 0;
        int unbackedDenialsOfDenyingBodies = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> byEngineReading = new TreeMap<>();
        Map<Stance, Map<Stance, Integer>> confusion = new EnumMap<>(Stance.class);
        List<EngineDenial> engineDenials = new ArrayList<>();
        ConflictPairs conflictPairs = ConflictPairs.NONE;
        Map<Integer, List<FncRumours.Headline>> headlinesOfRumour = new HashMap<>();
        data.headlines().forEach(h -> headlinesOfRumour.computeIfAbsent(h.rumourId(), r -> new ArrayList<>()).add(h));
        for (FncRumours.Rumour rumour : data.rumours()) {
            if (!heldOut.contains(rumour.id()) || rumour.size() < 3) {
                continue;
            }
            rumoursScored++;
            Map<Integer, Stance> goldStances = rumour.bodyStances();
            bodies += goldStances.size();
            deniesGold += (int) goldStances.values().stream().filter(s -> s == Stance.DENIES).count();
            boolean goldContested = goldStances.containsValue(Stance.DENIES);
            Group main = mainGroup(store, rumour);
            if (main == null) {
                continue;
            }
            withGroup++;
            conflictPairs = conflictPairs.plus(ConflictPairs.of(main.positions(), goldStances.keySet(),
                    headlinesOfRumour.getOrDefault(rumour.id(), List.of())));
            for (Seen seen : main.positions()) {
                Stance truth = goldStances.get(seen.body());
                if (truth == null) {
                    continue;  // a body of another rumour in this group: counted by the mixing figure
                }
                covered++;
                Optional<StoredReading> stored = storedReading(main.id(), seen.article());
                String engineRead = stored.map(r -> String.format(Locale.ROOT, "%s %.1f", r.stance(), r.confidence()))
                        .orElse("none");
                byEngineReading.computeIfAbsent(stored.map(r -> r.stance().name()).orElse("none")
                                + (seen.withClaim() ? ", with a claim" : ", without a claim"),
                        k -> new int[2])[truth == seen.stance() ? 0 : 1]++;
                if (!seen.withClaim()) {
                    readWithoutClaim++;
                    readWithoutClaimRight += truth == seen.stance() ? 1 : 0;
                }
                right += truth == seen.stance() ? 1 : 0;
                confusion.computeIfAbsent(truth, t -> new EnumMap<>(Stance.class)).merge(seen.stance(), 1, Integer::sum);
                if (seen.stance() == Stance.DENIES) {
                    deniesPredicted++;
                    deniesRight += truth == Stance.DENIES ? 1 : 0;
                    // The report's DENIES that the engine read (its stored confidence); the extraction's have none.
                    stored.filter(r -> r.stance() == Stance.DENIES)
                            .ifPresent(r -> engineDenials.add(new EngineDenial(truth, r.confidence(), seen.evidence())));
                } else if (stored.filter(r -> r.stance() == Stance.DENIES).isPresent()) {
                    // What the headline gate costs (GroupAssessor.backedByHeadline): the denials it hides.
                    unbackedDenials++;
                    unbackedDenialsOfDenyingBodies += truth == Stance.DENIES ? 1 : 0;
                }
                if (seen.stance() != truth) {
                    misses.add(String.format(Locale.ROOT, "- rumour %d, body %d: label %s, report %s%s, engine read %s%n"
                            + "  statement: %s%n  evidence: %s%n", rumour.id(), seen.body(), truth, seen.stance(),
                            seen.withClaim() ? "" : " (read without a claim in the group)", engineRead, main.statement(),
                            seen.evidence()));
                }
            }
            boolean statusIsRight = goldContested == main.status().equals("CONTESTED");
            statusRight += statusIsRight ? 1 : 0;
            if (!statusIsRight) {
                misses.add(String.format(Locale.ROOT, "- rumour %d: status %s, a body denies it: %s; conflicts %s%n  statement: %s%n",
                        rumour.id(), main.status(), goldContested, main.conflictKinds(), main.statement()));
            }
        }
        int corroborated = 0;
        int mixing = 0;
        Map<String, Integer> mixingKinds = new TreeMap<>();
        List<String> mixedGroups = new ArrayList<>();
        for (List<Group> groups : store.groupsOfStory().values()) {
            for (Group group : groups) {
                if (group.status().equals("CORROBORATED")) {
                    corroborated++;
                    Set<Integer> rumours = new HashSet<>();
                    group.bodies().forEach(b -> rumours.add(data.rumourOf(b)));
                    if (rumours.size() > 1) {
                        mixing++;
                        String kind = mixingKind(group);
                        mixingKinds.merge(kind, 1, Integer::sum);
                        mixedGroups.add(describeMixing(group, kind));
                    }
                }
            }
        }
        writeLines(Path.of("target/eval/stories-mixing-fold-" + fold + ".md"), mixedGroups);
        StringBuilder readings = new StringBuilder("Positions in the main groups by the engine's stored reading "
                + "(right / wrong):\n\n");
        byEngineReading.forEach((read, counts) -> readings.append(String.format(Locale.ROOT, "- %s: %d / %d%n", read,
                counts[0], counts[1])));
        log("%s", readings);
        misses.add(0, readings + "\n");
        writeLines(Path.of("target/eval/stories-position-misses-fold-" + fold + ".md"), misses);
        return new GroupCounts(rumoursScored, withGroup, covered, bodies, right, deniesPredicted, deniesRight, deniesGold,
                statusRight, corroborated, mixing, mixingKinds, confusion, engineDenials, conflictPairs, readWithoutClaim,
                readWithoutClaimRight, unbackedDenials, unbackedDenialsOfDenyingBodies);
    }

    /**
     * What the main group's statement costs the positions: every body of each scored rumour read by the stance engine
     * ({@code POST /stance}) toward its main group's statement, and toward the title of that group's story, scored
     * against the body's label (UNRELATED counted wrong). Also what the report leaves out: the engine's stored DENIES
     * readings toward the main group of bodies that take no position there (a reading without a claim never denies),
     * and how many of them are of denying bodies. Written to {@code stories-statement-what-if-fold-N.md}.
     */
    private void statementWhatIf(Store store, Map<UUID, Integer> bodyOfArticle, int fold) throws Exception {
        Map<Integer, UUID> articleOfBody = new HashMap<>();
        bodyOfArticle.forEach((article, body) -> articleOfBody.put(body, article));
        int bodies = 0;
        int towardStatement = 0;
        int towardTitle = 0;
        int hiddenDenials = 0;
        int hiddenDenialsRight = 0;
        int mainGroups = 0;
        int headlineMainGroups = 0;
        for (FncRumours.Rumour rumour : data.rumours()) {
            if (!heldOut.contains(rumour.id()) || rumour.size() < 3) {
                continue;
            }
            Group main = mainGroup(store, rumour);
            if (main == null) {
                continue;
            }
            mainGroups++;
            headlineMainGroups += main.headline() ? 1 : 0;
            String storyTitle = store.titleOfStory().get(main.storyId());
            Set<Integer> shown = new HashSet<>();
            main.positions().forEach(seen -> shown.add(seen.body()));
            for (Map.Entry<Integer, Stance> gold : rumour.bodyStances().entrySet()) {
                UUID article = articleOfBody.get(gold.getKey());
                if (!shown.contains(gold.getKey()) && article != null && storedReading(main.id(), article)
                        .filter(r -> r.stance() == Stance.DENIES).isPresent()) {
                    hiddenDenials++;
                    hiddenDenialsRight += gold.getValue() == Stance.DENIES ? 1 : 0;
                }
                bodies++;
                towardStatement += engineStance(main.statement(), gold.getKey()) == gold.getValue() ? 1 : 0;
                towardTitle += engineStance(storyTitle, gold.getKey()) == gold.getValue() ? 1 : 0;
            }
        }
        String result = String.format(Locale.ROOT, "Every body of the scored rumours read by the stance engine (%d bodies, "
                + "UNRELATED counted wrong): toward its main group's statement %.3f (%d), toward that story's title %.3f (%d)%n",
                bodies, ratio(towardStatement, bodies), towardStatement, ratio(towardTitle, bodies), towardTitle)
                + String.format(Locale.ROOT, "The engine's DENIES readings toward the main group the report does not show "
                + "(no claim of the body in it): %d, of denying bodies %d%n", hiddenDenials, hiddenDenialsRight)
                + String.format(Locale.ROOT, "Main groups that are their story's headline group: %d of %d%n",
                headlineMainGroups, mainGroups);
        log("%s", result);
        writeLines(Path.of("target/eval/stories-statement-what-if-fold-" + fold + ".md"), List.of(result));
    }

    private Stance engineStance(String claim, int body) throws Exception {
        ObjectNode article = (ObjectNode) JSON.readTree(article(body));
        ObjectNode request = JSON.createObjectNode();
        request.put("claim", claim);
        request.put("title", article.path("title").asText());
        request.put("text", article.path("text").asText());
        return Stance.valueOf(JSON.readTree(send("POST", "/stance", JSON.writeValueAsString(request), 200))
                .path("stance").asText());
    }

    private static void writeLines(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("", lines));
            log("%d entries written to %s", lines.size(), file);
        } catch (java.io.IOException e) {
            log("cannot write %s: %s", file, e);
        }
    }

    /**
     * How bodies of another rumour got into a CORROBORATED group: the positions of its minority rumours (all but the
     * rumour with most bodies) vouch for it with a claim of theirs, vouch only by a reading without a claim, or only
     * discuss it. Says which part of filing lets other rumours in.
     */
    private String mixingKind(Group group) {
        int majority = majorityRumour(group);
        boolean claimSupports = false;
        boolean readSupports = false;
        for (Seen seen : group.positions()) {
            if (data.rumourOf(seen.body()) != majority && seen.stance() == Stance.SUPPORTS) {
                claimSupports |= seen.withClaim();
                readSupports |= !seen.withClaim();
            }
        }
        return claimSupports ? "another rumour's claim supports it"
                : readSupports ? "another rumour's body supports it by a reading without a claim"
                : "other rumours' bodies only discuss or deny it";
    }

    private int majorityRumour(Group group) {
        Map<Integer, Integer> bodiesOfRumour = new HashMap<>();
        group.bodies().forEach(b -> bodiesOfRumour.merge(data.rumourOf(b), 1, Integer::sum));
        return java.util.Collections.max(bodiesOfRumour.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    private String describeMixing(Group group, String kind) {
        int majority = majorityRumour(group);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "- story %s, group statement: %s%n  (%s; majority rumour %d)%n",
                group.storyId(), group.statement(), kind, majority));
        for (Seen seen : group.positions()) {
            int rumour = data.rumourOf(seen.body());
            text.append(String.format(Locale.ROOT, "  %s rumour %d body %d %s%s: %s%n", rumour == majority ? " " : "*", rumour,
                    seen.body(), seen.stance(), seen.withClaim() ? "" : " (read)", seen.evidence()));
        }
        return text.toString();
    }

    /** The stance engine's reading of an article toward a group, as stored in {@code article_position}. */
    record StoredReading(Stance stance, double confidence) {
    }

    /** How many stories the claim-service split while filing, and how many articles those splits moved. */
    private int[] storySplits() {
        try (var connection = java.sql.DriverManager.getConnection(claimsJdbcUrl, EmbeddedPostgres.USER, "");
             var query = connection.prepareStatement("SELECT count(*), COALESCE(sum(moved_articles), 0) FROM story_split");
             var rows = query.executeQuery()) {
            rows.next();
            return new int[] {rows.getInt(1), rows.getInt(2)};
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read story_split: " + e.getMessage(), e);
        }
    }

    private Optional<StoredReading> storedReading(UUID group, UUID article) {
        try (var connection = java.sql.DriverManager.getConnection(claimsJdbcUrl, EmbeddedPostgres.USER, "");
             var query = connection.prepareStatement(
                     "SELECT stance, confidence FROM article_position WHERE group_id = ? AND article_id = ?")) {
            query.setObject(1, group);
            query.setObject(2, article);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new StoredReading(Stance.valueOf(rows.getString(1)), rows.getDouble(2)))
                        : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read article_position: " + e.getMessage(), e);
        }
    }

    /**
     * The rumour's story is the one holding most of its bodies; its main group there is the one in which most of
     * its bodies take a position (ties: the first in report order, which is the report's own ranking).
     */
    private static Group mainGroup(Store store, FncRumours.Rumour rumour) {
        Map<String, Integer> votes = new HashMap<>();
        for (int body : rumour.bodyStances().keySet()) {
            String story = store.storyOfBody().get(body);
            if (story != null) {
                votes.merge(story, 1, Integer::sum);
            }
        }
        String story = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Collections.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        if (story == null) {
            return null;
        }
        Group best = null;
        int bestCount = 0;
        for (Group group : store.groupsOfStory().getOrDefault(story, List.of())) {
            int count = (int) group.bodies().stream().filter(rumour.bodyStances()::containsKey).count();
            if (count > bestCount) {
                best = group;
                bestCount = count;
            }
        }
        return best;
    }

    /** One answer of a claim check: its score, whether it is of the headline's rumour, a related body of it. */
    record CheckAnswer(double score, boolean inRumour, boolean related) {
    }

    /** Counts of the claim check on one fold's held-out headlines, to pool over folds. */
    record CheckCounts(int checked, int returned, int returnedInRumour, int related, int found, int stanceRight,
                       double reciprocalRanks, List<CheckAnswer> answers) {

        CheckCounts plus(CheckCounts o) {
            return new CheckCounts(checked + o.checked, returned + o.returned, returnedInRumour + o.returnedInRumour,
                    related + o.related, found + o.found, stanceRight + o.stanceRight, reciprocalRanks + o.reciprocalRanks,
                    java.util.stream.Stream.concat(answers.stream(), o.answers.stream()).toList());
        }

        /** What a floor on the answers' score (the MiniLM cosine of their closest claim) would do to precision and recall. */
        void printScoreSweep() {
            System.out.println("Claim check answers by score (at least; the service's own floor is 0.3 in the claim's stories):");
            System.out.println();
            System.out.println("| score at least | precision | recall |");
            System.out.println("|---|---|---|");
            for (double t : new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}) {
                long kept = answers.stream().filter(a -> a.score() >= t).count();
                long keptInRumour = answers.stream().filter(a -> a.score() >= t && a.inRumour()).count();
                long keptRelated = answers.stream().filter(a -> a.score() >= t && a.related()).count();
                System.out.printf(Locale.ROOT, "| %.2f | %.3f (%d / %d) | %.3f (%d / %d) |%n", t,
                        ratio((int) keptInRumour, (int) kept), keptInRumour, kept, ratio((int) keptRelated, related),
                        keptRelated, related);
            }
            System.out.println();
        }

        void print() {
            System.out.printf(Locale.ROOT, "| claim check (%d related headlines of the held-out rumours, limit 50) | value |%n", checked);
            System.out.println("|---|---|");
            row("precision (answers from the headline's rumour)", "**%.3f** (%d / %d)", ratio(returnedInRumour, returned),
                    returnedInRumour, returned);
            row("recall (the headline's related bodies found)", "**%.3f** (%d / %d)", ratio(found, related), found, related);
            row("stance accuracy of the related bodies found", "**%.3f** (%d / %d)", ratio(stanceRight, found), stanceRight, found);
            row("MRR (first answer from the rumour)", "%.3f", checked == 0 ? 0 : reciprocalRanks / checked);
            System.out.println();
            printScoreSweep();
        }
    }

    private CheckCounts checkCounts(Map<UUID, Integer> bodyOfArticle) throws Exception {
        int checked = 0;
        int returned = 0;
        int returnedInRumour = 0;
        int related = 0;
        int found = 0;
        int stanceRight = 0;
        double reciprocalRanks = 0;
        List<CheckAnswer> answers = new ArrayList<>();
        for (FncRumours.Headline headline : data.headlines()) {
            if (!heldOut.contains(headline.rumourId())) {
                continue;
            }
            checked++;
            ObjectNode request = JSON.createObjectNode().put("claim", headline.text()).put("limit", 50);
            JsonNode answer = JSON.readTree(send("POST", "/claims/check", JSON.writeValueAsString(request), 200));
            Map<Integer, Stance> gold = headline.bodyStances();
            related += gold.size();
            int rank = 0;
            boolean firstFound = false;
            for (JsonNode match : answer.path("matches")) {
                rank++;
                int body = bodyOfArticle.getOrDefault(UUID.fromString(match.path("articleId").asText()), -1);
                returned++;
                boolean sameRumour = body >= 0 && data.rumourOf(body) == headline.rumourId();
                returnedInRumour += sameRumour ? 1 : 0;
                if (sameRumour && !firstFound) {
                    reciprocalRanks += 1.0 / rank;
                    firstFound = true;
                }
                Stance truth = gold.get(body);
                if (truth != null) {
                    found++;
                    stanceRight += truth == counted(match) ? 1 : 0;
                }
                answers.add(new CheckAnswer(match.path("score").asDouble(), sameRumour, truth != null));
            }
        }
        return new CheckCounts(checked, returned, returnedInRumour, related, found, stanceRight, reciprocalRanks, answers);
    }

    // ---- Plumbing -------------------------------------------------------------------------------------------

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static void row(String what, String format, Object... values) {
        System.out.println("| " + what + " | " + String.format(Locale.ROOT, format, values) + " |");
    }

    private static void log(String format, Object... args) {
        System.err.println("[evaluate] " + String.format(Locale.ROOT, format, args));
    }

    private String send(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", StackCredentials.serviceAuthorization())
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
