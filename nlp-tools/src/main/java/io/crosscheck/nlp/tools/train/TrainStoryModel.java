package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.extract.ClaimExtractor;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.ExtractionRequest;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.StanceClassifier;
import io.crosscheck.nlp.story.StoryEvidence;
import io.crosscheck.nlp.story.StoryKeys;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.TermVector;
import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns the story model ({@link StoryModel}) from FNC-1's training bodies grouped into rumours ({@link FncRumours}):
 * real coverage of about 220 events by many outlets, with known membership.
 * <p>Each body is analysed as the claim-service analyses an article (title = its first sentence; the extraction's
 * entities and the title give its story keys, the stance pipeline its TF-IDF terms and MiniLM centroid; against a story,
 * the features are the cosines with its term and centroid sums and with its nearest article's terms). Filing is
 * simulated as the claim-service does it, one body at a time in the evaluation's seeded order: the candidate stories
 * are those sharing a key, the best {@value #MAX_CANDIDATES} by key score, and the body joins the most probable one
 * the model admits, or opens a story.
 * <ul>
 *   <li>Weights: a logistic regression (Newton's method, a small ridge) on body-to-story pairs, each body against
 *   every story built so far from the gold rumours that it shares a term with; the label is whether it is its
 *   rumour's story.</li>
 *   <li>Threshold: the probability from which a body joins, chosen by filing the training rumours' bodies with each
 *   candidate threshold and keeping the best pairwise F1 (a probability of 0.5 is not the best clustering cut). The
 *   committed model's is the median of the five fold models' choices.</li>
 *   <li>Honest figure: 5 folds by rumour (the folds of {@link FncRumours#fold}); each fold's model, learnt without it,
 *   files all bodies, and the fold's bodies are scored among themselves.</li>
 * </ul>
 * <pre>TrainStoryModel &lt;fnc1-dir&gt; &lt;model out&gt;</pre>
 * Options: {@code -Dstory.features=terms,centroid,nearest} (of terms, centroid, keys, nearest); stance.embeddingCache as for
 * TrainStanceModel. Deterministic for a given MiniLM.
 */
public final class TrainStoryModel {

    /** Candidate stories compared in full per article (the claim-service's crosscheck.claims.stories.max-candidates). */
    static final int MAX_CANDIDATES = 50;
    /** The features of the committed model. */
    static final String FEATURES = "terms,centroid,nearest";
    private static final double[] THRESHOLDS = {0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.4, 0.5};
    private static final int FOLDS = 5;
    private static final double RIDGE = 1e-3;

    /** A body as the claim-service would file it. */
    record Body(int id, int rumour, Set<String> keys, TermVector terms, float[] centroid) {
    }

    private TrainStoryModel() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> features = List.of(System.getProperty("story.features", FEATURES).split(","));
        FncRumours data = FncRumours.read(dir);
        List<Body> bodies = analyse(data);
        System.out.printf(Locale.ROOT, "%d bodies, %d rumours; features %s%n", bodies.size(), data.rumours().size(), features);

        double sumPair = 0;
        double sumBcubed = 0;
        double[] foldThresholds = new double[FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            Set<Integer> held = data.fold(k, FOLDS);
            List<Body> training = bodies.stream().filter(b -> !held.contains(b.rumour())).toList();
            StoryModel model = learn(training, features, "fold " + k);
            foldThresholds[k] = model.threshold();
            Map<Integer, Integer> filed = file(bodies, model);
            Scores scores = Scores.of(bodies.stream().filter(b -> held.contains(b.rumour())).toList(), filed);
            System.out.printf(Locale.ROOT, "fold %d: threshold %.2f, held-out bodies among themselves: %s%n", k,
                    model.threshold(), scores);
            sumPair += scores.pairF1();
            sumBcubed += scores.bcubedF1();
        }
        System.out.printf(Locale.ROOT, "5 folds by rumour, mean: pairwise F1 %.3f, BCubed F1 %.3f%n", sumPair / FOLDS,
                sumBcubed / FOLDS);

        StoryModel best = learn(bodies, features, "all " + data.rumours().size() + " rumours");
        System.out.printf(Locale.ROOT, "all bodies, the model learnt on all of them, threshold %.2f (best on them): %s%n",
                best.threshold(), Scores.of(bodies, file(bodies, best)));
        // The committed threshold is the median of the folds' choices, each made on rumours it was not scored on: the
        // best on all bodies is picked on the bodies it is scored on, where F1 is flat over a range of thresholds.
        Arrays.sort(foldThresholds);
        StoryModel model = best.withThreshold(foldThresholds[FOLDS / 2]);
        System.out.printf(Locale.ROOT, "all bodies, the committed model, threshold %.2f (the folds' median): %s%n",
                model.threshold(), Scores.of(bodies, file(bodies, model)));
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(writer);
        }
        System.out.println("wrote " + out + ": " + Files.readString(out).replace('\n', ' '));
    }

    /** Weights from the pairs, then the threshold that files the given bodies best. */
    static StoryModel learn(List<Body> bodies, List<String> features, String what) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        pairs(bodies, features, xs, ys);
        double[] w = logistic(xs, ys);
        StoryModel weights = new StoryModel("FNC-1 train rumours (" + what + "), TrainStoryModel", features,
                Arrays.copyOf(w, features.size()), w[features.size()], 0.5);
        StoryModel best = null;
        double bestF1 = -1;
        for (double threshold : THRESHOLDS) {
            StoryModel candidate = weights.withThreshold(threshold);
            double f1 = Scores.of(bodies, file(bodies, candidate)).pairF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = candidate;
            }
        }
        return best;
    }

    /** Each body against every gold story built so far that shares one of its terms: features and whether it is its own. */
    static void pairs(List<Body> bodies, List<String> features, List<double[]> xs, List<Integer> ys) {
        Filing gold = new Filing();
        Map<Integer, Integer> storyOfRumour = new HashMap<>();
        for (Body body : bodies) {
            for (int story = 0; story < gold.stories.size(); story++) {
                StoryEvidence evidence = gold.evidence(body, story);
                if (evidence.termCosine() > 0) {
                    xs.add(features.stream().mapToDouble(evidence::feature).toArray());
                    ys.add(gold.rumourOf.get(story) == body.rumour() ? 1 : 0);
                }
            }
            Integer story = storyOfRumour.get(body.rumour());
            if (story == null) {
                story = gold.open(body.rumour());
                storyOfRumour.put(body.rumour(), story);
            }
            gold.add(story, body);
        }
    }

    /** Files the bodies in order as the claim-service does; body id → story number. */
    static Map<Integer, Integer> file(List<Body> bodies, StoryModel model) {
        return file(bodies, model, MergeRule.NEVER, (filing, story, storyOf) -> { });
    }

    /** What the claim-service does to a story after filing a body into it (a split check), for the simulation. */
    interface AfterFiling {
        void filed(Filing filing, int story, Map<Integer, Integer> storyOf);
    }

    /**
     * Whether another story the body could join is the same event as the one it joins, and merges into it (the
     * claim-service's merge rule), for the simulation. Decided for every such story before any is merged.
     */
    interface MergeRule {
        MergeRule NEVER = (filing, chosen, other) -> false;

        boolean sameEvent(Filing filing, int chosen, int other);
    }

    /**
     * Files the bodies in order as the claim-service does: the body joins the most probable story the model admits,
     * the other admitted stories that {@code merge} finds the same event merge into it, then {@code after}; body id →
     * story number.
     */
    static Map<Integer, Integer> file(List<Body> bodies, StoryModel model, MergeRule merge, AfterFiling after) {
        Filing filing = new Filing();
        Map<Integer, Integer> storyOf = new HashMap<>();
        for (Body body : bodies) {
            List<Integer> admitted = new ArrayList<>();
            int best = -1;
            double bestProbability = -1;
            for (int story : filing.candidates(body)) {
                double p = model.probability(filing.evidence(body, story));
                if (p >= model.threshold()) {
                    admitted.add(story);
                    if (p > bestProbability) {
                        bestProbability = p;
                        best = story;
                    }
                }
            }
            if (best < 0) {
                best = filing.open(body.rumour());
            } else {
                int chosen = best;
                List<Integer> same = admitted.stream()
                        .filter(other -> other != chosen && merge.sameEvent(filing, chosen, other)).toList();
                for (int other : same) {
                    filing.members.get(other).forEach(moved -> storyOf.put(moved.id(), chosen));
                    filing.mergeInto(chosen, other);
                }
            }
            filing.add(best, body);
            storyOf.put(body.id(), best);
            after.filed(filing, best, storyOf);
        }
        return storyOf;
    }

    /** The stories of a simulated filing: their keys (an inverted index, as story_key), term sums and centroid sums. */
    static final class Filing {
        final List<TermVector> terms = new ArrayList<>();
        final List<float[]> centroids = new ArrayList<>();
        final List<Set<String>> keys = new ArrayList<>();
        final List<Integer> rumourOf = new ArrayList<>();
        final Map<String, Set<Integer>> storiesWithKey = new HashMap<>();
        final List<Integer> stories = new ArrayList<>();
        final List<List<Body>> members = new ArrayList<>();
        Body current;
        Map<String, Long> frequency = Map.of();

        int open(int rumour) {
            terms.add(TermVector.EMPTY);
            centroids.add(null);
            keys.add(new HashSet<>());
            rumourOf.add(rumour);
            stories.add(stories.size());
            members.add(new ArrayList<>());
            return stories.size() - 1;
        }

        /** Moves the given bodies of the story into a new story (a split); both stories' sums and keys are rebuilt. */
        int splitOff(int story, Set<Integer> bodyIds) {
            List<Body> all = members.get(story);
            int into = open(rumourOf.get(story));
            members.set(story, new ArrayList<>());
            clear(story);
            for (Body body : all) {
                add(bodyIds.contains(body.id()) ? into : story, body);
            }
            current = null;
            return into;
        }

        /** Moves every body of story {@code from} into {@code into} (a merge); {@code from} is left empty. */
        void mergeInto(int into, int from) {
            List<Body> moving = members.get(from);
            members.set(from, new ArrayList<>());
            clear(from);
            moving.forEach(body -> add(into, body));
            current = null;
        }

        private void clear(int story) {
            terms.set(story, TermVector.EMPTY);
            centroids.set(story, null);
            for (String key : keys.get(story)) {
                storiesWithKey.getOrDefault(key, new HashSet<>()).remove(story);
            }
            keys.set(story, new HashSet<>());
        }

        void add(int story, Body body) {
            members.get(story).add(body);
            terms.set(story, terms.get(story).plus(body.terms(), 1, TermVector.STORY_TERMS));
            float[] sum = centroids.get(story) == null ? new float[body.centroid().length] : centroids.get(story).clone();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += body.centroid()[i];
            }
            centroids.set(story, sum);
            for (String key : body.keys()) {
                if (keys.get(story).add(key)) {
                    storiesWithKey.computeIfAbsent(key, k -> new HashSet<>()).add(story);
                }
            }
        }

        /** Stories sharing a key with the body, the best {@value #MAX_CANDIDATES} by key score. */
        List<Integer> candidates(Body body) {
            Set<Integer> sharing = new HashSet<>();
            for (String key : body.keys()) {
                sharing.addAll(storiesWithKey.getOrDefault(key, Set.of()));
            }
            prepare(body);
            List<Integer> ranked = new ArrayList<>(sharing);
            Map<Integer, Double> scores = new HashMap<>();
            ranked.forEach(s -> scores.put(s, keyScore(body, s)));
            ranked.sort((a, b) -> scores.get(b).equals(scores.get(a)) ? Integer.compare(a, b) : Double.compare(scores.get(b), scores.get(a)));
            return ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()));
        }

        private void prepare(Body body) {
            if (current != body) {
                current = body;
                Map<String, Long> counts = new HashMap<>();
                body.keys().forEach(k -> counts.put(k, (long) storiesWithKey.getOrDefault(k, Set.of()).size()));
                frequency = counts;
            }
        }

        private double keyScore(Body body, int story) {
            prepare(body);
            List<String> shared = body.keys().stream().filter(keys.get(story)::contains).toList();
            return StoryKeys.score(body.keys(), shared, frequency, stories.size());
        }

        StoryEvidence evidence(Body body, int story) {
            StoryEvidence evidence = StoryEvidence.of(body.terms(), body.centroid(), terms.get(story), centroids.get(story),
                    keyScore(body, story));
            List<Body> all = members.get(story);
            List<Body> latest = all.subList(Math.max(0, all.size() - StoryEvidence.NEAREST_ARTICLES), all.size());
            return evidence.withNearest(StoryEvidence.nearestTermCosine(body.terms(), latest.stream().map(Body::terms).toList()));
        }
    }

    /**
     * Logistic regression by Newton's method with a small ridge (it only keeps the steps finite when the classes
     * separate): the weights, then the bias. A few features and tens of thousands of pairs: exact in a dozen steps.
     */
    static double[] logistic(List<double[]> xs, List<Integer> ys) {
        int d = xs.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < xs.size(); i++) {
                double[] x = Arrays.copyOf(xs.get(i), d);
                x[d - 1] = 1;
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                for (int j = 0; j < d; j++) {
                    gradient[j] += (p - ys.get(i)) * x[j];
                    for (int m = 0; m < d; m++) {
                        hessian[j][m] += p * (1 - p) * x[j] * x[m];
                    }
                }
            }
            for (int j = 0; j < d - 1; j++) {
                gradient[j] += RIDGE * w[j];
                hessian[j][j] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting (the system is the few features' Hessian). */
    static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[] b = vector.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double bSwap = b[col];
            b[col] = b[pivot];
            b[pivot] = bSwap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int m = col; m < n; m++) {
                    a[row][m] -= factor * a[col][m];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = b[row];
            for (int m = row + 1; m < n; m++) {
                s -= a[row][m] * x[m];
            }
            x[row] = s / a[row][row];
        }
        return x;
    }

    /** Every body analysed as the claim-service analyses an article, in the story evaluation's delivery order. */
    static List<Body> analyse(FncRumours data) throws Exception {
        String cache = System.getProperty("stance.embeddingCache");
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder(),
                cache == null ? null : Path.of(cache));
        StanceClassifier stance = StanceClassifier.load(encoder);
        ClaimExtractor extractor = new ClaimExtractor();
        List<Integer> ids = new ArrayList<>(new TreeMap<>(data.bodies()).keySet());
        Collections.shuffle(ids, new Random(42));  // StoryReportEvaluation's order
        List<Body> bodies = new ArrayList<>();
        for (int id : ids) {
            String text = data.bodies().get(id);
            String title = titleOf(text);
            List<Entity> entities = new ArrayList<>();
            for (ExtractedClaim claim : extractor.extract(new ExtractionRequest(text, title, null, "en"))) {
                if (claim.entities() != null) {
                    entities.addAll(claim.entities());
                }
            }
            AnalyzedArticle article = stance.pipeline().analyzeArticle(title, text);
            bodies.add(new Body(id, data.rumourOf(id), StoryKeys.of(title, entities),
                    TermVector.of(article.termWeights(), TermVector.ARTICLE_TERMS), article.centroid()));
        }
        encoder.save();
        return bodies;
    }

    /** The title the story evaluation gives a body: its first sentence, at most 300 characters. */
    static String titleOf(String text) {
        List<SentenceSpan> sentences = TextAnalysis.shared().sentences(text);
        String title = sentences.isEmpty() ? text.strip() : sentences.get(0).text();
        title = title.length() > 300 ? title.substring(0, 300) : title;
        return title.isBlank() ? "(untitled)" : title;
    }

    /** How a filing scores against the rumours: pairwise and BCubed, and how many stories it made. */
    record Scores(Clustering.Scores clustering, long stories) {
        static Scores of(List<Body> bodies, Map<Integer, Integer> storyOf) {
            Map<Integer, Integer> gold = new HashMap<>();
            Map<Integer, Integer> filed = new HashMap<>();
            bodies.forEach(body -> {
                gold.put(body.id(), body.rumour());
                filed.put(body.id(), storyOf.get(body.id()));
            });
            return new Scores(Clustering.score(gold, filed), filed.values().stream().distinct().count());
        }

        double pairF1() {
            return clustering.pairF1();
        }

        double bcubedF1() {
            return clustering.bcubedF1();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairwise P %.3f R %.3f F1 %.3f, BCubed F1 %.3f, %d stories",
                    clustering.pairPrecision(), clustering.pairRecall(), clustering.pairF1(), clustering.bcubedF1(), stories);
        }
    }
}
