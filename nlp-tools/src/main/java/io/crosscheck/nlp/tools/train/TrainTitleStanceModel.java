package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.AnalyzedClaim;
import io.crosscheck.nlp.stance.BoostedTrees;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.stance.StanceClassifier;
import io.crosscheck.nlp.stance.StanceDecision;
import io.crosscheck.nlp.stance.StanceFeatures;
import io.crosscheck.nlp.stance.StanceModel;
import io.crosscheck.nlp.stance.StancePipeline;
import io.crosscheck.nlp.stance.TitleStanceFeatures;
import io.crosscheck.nlp.stance.TitleStanceModel;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The stance of a headline toward a claim, learnt from Emergent's training headlines: prints the baseline (the
 * committed FNC-1 body model on every pair, headline given as title and text, as {@code POST /stance} receives it;
 * it never saw Emergent), then K-fold cross-validation of the title model with folds cut by claim (every headline of
 * one rumour in one fold, so no fold is scored on a claim it was trained on), then trains on all pairs and writes
 * the committed {@code title-stance-model.bin.gz}.
 *
 * <p>Each fold is scored with the product's whole decision ({@link StanceClassifier} on a headline-only article):
 * the body model's UNRELATED call first (every Emergent pair is related, so it can only cost), then the title
 * model's argmax. The body model's relatedness is also scored on as many random pairings of a headline with another
 * rumour's claim, which should be UNRELATED.
 *
 * <p>The learner is OpenNLP's maxent (L-BFGS, L2) over {@link TitleStanceFeatures}; our GBDT is scored on the same
 * folds beside it (see {@code claim-nlp/docs/stance.md} for the figures that chose it).
 *
 * <p>Usage: {@code TrainTitleStanceModel <emergent/train.csv> <out.bin.gz>}; {@code -Dtitle.folds=10},
 * {@code -Dtitle.seed=13} (fold assignment), {@code -Dtitle.embeddingCache=FILE} (default
 * {@code target/eval/emergent-minilm-cache.bin}), {@code -Dtitle.l2=3} (maxent's L2 cost); for the GBDT compared:
 * {@code -Dtitle.rounds=300}, {@code -Dtitle.depth=4}, {@code -Dtitle.learningRate=0.05}, {@code -Dtitle.weights}
 * (per class, SUPPORTS,DENIES,DISCUSSES), {@code -Dtitle.vectors=product|pair|all} (give the GBDT the element-wise
 * product of the two MiniLM vectors, also their absolute difference, also the headline's vector; cross-validation
 * only, no model written).
 */
public final class TrainTitleStanceModel {
    private static final int CLASSES = TitleStanceModel.CLASSES;

    private TrainTitleStanceModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainTitleStanceModel <emergent/train.csv> <out.bin.gz>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<EmergentData.Pair> pairs = EmergentData.read(Path.of(args[0]));
        int folds = Integer.getInteger("title.folds", 10);
        String vectorMode = System.getProperty("title.vectors", "none");
        boolean vectors = !vectorMode.equals("none");
        Path cache = Path.of(System.getProperty("title.embeddingCache", "target/eval/emergent-minilm-cache.bin"));
        Files.createDirectories(cache.toAbsolutePath().getParent());
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder(), cache);

        StanceModel bodyModel;
        try (InputStream in = StanceClassifier.class.getResourceAsStream(StanceClassifier.MODEL_RESOURCE)) {
            bodyModel = StanceModel.read(in);
        }
        StanceClassifier bodyOnly = StanceClassifier.create(bodyModel, encoder, true);
        StancePipeline pipeline = bodyOnly.pipeline();
        Map<String, AnalyzedClaim> claims = new HashMap<>();
        Map<String, AnalyzedArticle> headlines = new HashMap<>();
        for (EmergentData.Pair p : pairs) {
            claims.computeIfAbsent(p.claim(), pipeline::analyzeClaim);
            // As POST /stance gets a headline alone: as title and as text.
            headlines.computeIfAbsent(p.headline(), h -> pipeline.analyzeArticle(h, h));
        }
        encoder.save();

        int n = pairs.size();
        double[][] bodyP = new double[n][];
        double[][] x = new double[n][];
        int[] y = new int[n];
        Score baseline = new Score();
        Score baselineRelated = new Score();
        for (int i = 0; i < n; i++) {
            EmergentData.Pair p = pairs.get(i);
            AnalyzedClaim c = claims.get(p.claim());
            AnalyzedArticle a = headlines.get(p.headline());
            if (!a.isHeadlineOnly()) {
                throw new IllegalStateException("not read as a headline: " + p.headline());
            }
            bodyP[i] = bodyModel.trees().probabilities(StanceFeatures.compute(c, a));
            x[i] = TitleStanceFeatures.compute(c, a, bodyP[i]);
            if (vectors) {
                x[i] = withVectors(x[i], encoder.encode(List.of(p.claim()))[0], encoder.encode(List.of(p.headline()))[0], vectorMode);
            }
            y[i] = p.stance().ordinal();
            baseline.add(p.stance(), bodyOnly.classify(c, a).stance());
            baselineRelated.add(p.stance(), argmax(bodyP[i], CLASSES));
        }
        System.out.printf(Locale.ROOT, "Emergent train: %d pairs, %d claims, %d headlines; features in %.1f s%n",
                n, pairs.stream().map(EmergentData.Pair::claimId).distinct().count(), headlines.size(),
                (System.nanoTime() - t0) / 1e9);
        System.out.println("\n--- baseline: the committed FNC-1 body model (trees + rules), headline as title and text ---");
        System.out.print(baseline.report());
        System.out.println("--- baseline, best of the three related classes of the body model (no UNRELATED) ---");
        System.out.print(baselineRelated.accuracyLine());
        System.out.print(relatedness(pairs, claims, headlines, bodyModel, new Random(5)));

        int[] foldOf = foldsByClaim(pairs, folds, Long.getLong("title.seed", 13));
        double[][] scalars = new double[n][];
        for (int i = 0; i < n; i++) {
            scalars[i] = java.util.Arrays.copyOf(x[i], TitleStanceFeatures.NAMES.size());
        }
        int denialFeature = TitleStanceFeatures.NAMES.indexOf("explicitDenial");
        Score product = new Score();
        Score alone = new Score();
        Score withRule = new Score();
        Score gbdt = new Score();
        Score blend = new Score();
        for (int k = 0; k < folds; k++) {
            List<Integer> trainRows = new ArrayList<>();
            List<Integer> testRows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (foldOf[i] == k ? testRows : trainRows).add(i);
            }
            TitleStanceModel model = fitMaxent(scalars, y, trainRows, "fold " + k);
            BoostedTrees trees = fitTrees(x, y, trainRows);
            for (int i : testRows) {
                Stance truth = Stance.values()[y[i]];
                boolean related = StanceDecision.decide(bodyP[i]).isRelated();
                double[] q = model.probabilities(scalars[i]);
                Stance title = argmax(q, CLASSES);
                product.add(truth, related ? title : Stance.UNRELATED);
                alone.add(truth, title);
                withRule.add(truth, !related ? Stance.UNRELATED : x[i][denialFeature] > 0 ? Stance.DENIES : title);
                double[] t = trees.probabilities(x[i]);
                gbdt.add(truth, related ? argmax(t, CLASSES) : Stance.UNRELATED);
                double[] mix = new double[CLASSES];
                for (int c = 0; c < CLASSES; c++) {
                    mix[c] = q[c] + t[c];
                }
                blend.add(truth, related ? argmax(mix, CLASSES) : Stance.UNRELATED);
            }
        }
        System.out.printf(Locale.ROOT, "%n--- %d-fold cross-validation by claim: title model (maxent), the product's decision ---%n", folds);
        System.out.print(product.report());
        System.out.println("--- the same folds, other choices ---");
        System.out.print("maxent alone, no UNRELATED gate:        " + alone.accuracyLine());
        System.out.print("maxent + ExplicitDenial as an override: " + withRule.accuracyLine());
        System.out.print("our GBDT (" + trainerSettings() + (vectors ? ", MiniLM " + vectorMode : "") + ") instead: "
                + gbdt.accuracyLine());
        System.out.print("mean of maxent and GBDT probabilities:  " + blend.accuracyLine());
        if (vectors) {
            System.out.println("title.vectors: cross-validation only, no model written");
            return;
        }

        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        String source = String.format(Locale.ROOT, "trained on Emergent train.csv (%d pairs, %d claims) by "
                        + "TrainTitleStanceModel (maxent, L2 %s); %d-fold CV by claim: accuracy %.1f%% (body model alone %.1f%%)",
                n, pairs.stream().map(EmergentData.Pair::claimId).distinct().count(), l2(), folds,
                100 * product.accuracy(), 100 * baseline.accuracy());
        TitleStanceModel model = fitMaxent(scalars, y, all, source);
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf(Locale.ROOT, "%nmodel (%d features) written to %s (%d bytes) in %.1f s%n%s%n",
                model.featureNames().size(), out, Files.size(out), (System.nanoTime() - t0) / 1e9, source);
    }

    private static double l2() {
        return Double.parseDouble(System.getProperty("title.l2", "3"));
    }

    private static GbdtTrainer trainer() {
        GbdtTrainer trainer = new GbdtTrainer();
        trainer.rounds = Integer.getInteger("title.rounds", 300);
        trainer.maxDepth = Integer.getInteger("title.depth", 4);
        trainer.learningRate = Double.parseDouble(System.getProperty("title.learningRate", "0.05"));
        String weights = System.getProperty("title.weights");
        if (weights != null) {
            trainer.classWeights = java.util.Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
        }
        return trainer;
    }

    private static String trainerSettings() {
        GbdtTrainer t = trainer();
        return String.format(Locale.ROOT, "rounds=%d depth=%d lr=%s weights=%s", t.rounds, t.maxDepth, t.learningRate,
                t.classWeights == null ? "none" : java.util.Arrays.toString(t.classWeights));
    }

    private static BoostedTrees fitTrees(double[][] x, int[] y, List<Integer> rows) {
        double[][] xs = new double[rows.size()][];
        int[] ys = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = x[rows.get(i)];
            ys[i] = y[rows.get(i)];
        }
        return trainer().fit(xs, ys, CLASSES);
    }

    /** Every headline of one claim in one fold; claims shuffled with a fixed seed, dealt round-robin. */
    static int[] foldsByClaim(List<EmergentData.Pair> pairs, int folds, long seed) {
        List<String> ids = new ArrayList<>(new TreeSet<>(pairs.stream().map(EmergentData.Pair::claimId).toList()));
        Collections.shuffle(ids, new Random(seed));
        Map<String, Integer> foldOfClaim = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            foldOfClaim.put(ids.get(i), i % folds);
        }
        int[] out = new int[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldOfClaim.get(pairs.get(i).claimId());
        }
        return out;
    }

    /**
     * How often the body model's decision calls a headline related: on Emergent's pairs (all related) and on as many
     * pairings of each headline with a random other rumour's claim (which should be UNRELATED).
     */
    private static String relatedness(List<EmergentData.Pair> pairs, Map<String, AnalyzedClaim> claims,
                                      Map<String, AnalyzedArticle> headlines, StanceModel bodyModel, Random random) {
        int relatedOnPairs = 0;
        int unrelatedOnRandom = 0;
        int randomPairs = 0;
        for (EmergentData.Pair p : pairs) {
            AnalyzedArticle a = headlines.get(p.headline());
            if (StanceDecision.decide(bodyModel.trees().probabilities(StanceFeatures.compute(claims.get(p.claim()), a))).isRelated()) {
                relatedOnPairs++;
            }
            EmergentData.Pair other = pairs.get(random.nextInt(pairs.size()));
            if (!other.claimId().equals(p.claimId())) {
                randomPairs++;
                double[] q = bodyModel.trees().probabilities(StanceFeatures.compute(claims.get(other.claim()), a));
                if (!StanceDecision.decide(q).isRelated()) {
                    unrelatedOnRandom++;
                }
            }
        }
        return String.format(Locale.ROOT, "relatedness gate (body model): related on %.1f%% of the %d Emergent pairs, "
                        + "UNRELATED on %.1f%% of %d random cross-rumour pairings%n",
                100.0 * relatedOnPairs / pairs.size(), pairs.size(), 100.0 * unrelatedOnRandom / randomPairs, randomPairs);
    }

    /**
     * The scalar features and the element-wise product and absolute difference of the two MiniLM vectors ("pair"),
     * also the headline's own vector ("all"), or the product alone ("product").
     */
    private static double[] withVectors(double[] scalar, float[] claim, float[] headline, String mode) {
        int blocks = switch (mode) {
            case "product" -> 1;
            case "pair" -> 2;
            case "all" -> 3;
            default -> throw new IllegalArgumentException("title.vectors: none, product, pair or all");
        };
        int d = claim.length;
        double[] out = java.util.Arrays.copyOf(scalar, scalar.length + blocks * d);
        for (int j = 0; j < d; j++) {
            out[scalar.length + j] = claim[j] * headline[j];
            if (blocks > 1) {
                out[scalar.length + d + j] = Math.abs(claim[j] - headline[j]);
            }
            if (blocks > 2) {
                out[scalar.length + 2 * d + j] = headline[j];
            }
        }
        return out;
    }

    private static Stance argmax(double[] p, int classes) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return Stance.values()[best];
    }

    /**
     * OpenNLP's maxent trained by L-BFGS (QN) with L2 on the rows' standardised features (one real-valued context per
     * feature, plus a bias), read back into a {@link TitleStanceModel}; the copy is checked against OpenNLP's own
     * probabilities on the training rows, so the shipped arithmetic is the one measured.
     */
    static TitleStanceModel fitMaxent(double[][] x, int[] y, List<Integer> rows, String source) throws java.io.IOException {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int i : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i][j] / rows.size();
            }
        }
        for (int i : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < d; j++) {
            // A feature constant over the rows (a cue no training headline has) gets weight 0 and must not divide by 0.
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        String[] context = new String[d + 1];
        for (int j = 0; j < d; j++) {
            context[j] = TitleStanceFeatures.NAMES.get(j);
        }
        context[d] = "bias";
        List<Event> events = new ArrayList<>();
        for (int i : rows) {
            events.add(new Event(Stance.values()[y[i]].name(), context, standardised(x[i], mean, scale)));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.ITERATIONS_PARAM, 500);
        params.put("DataIndexer", "OnePassRealValue");
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, l2());
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel maxent = trainer.train(ObjectStreamUtils.createObjectStream(events));

        // OpenNLP 2.x: {Context[] parameters, Map<String, Context> parameters by context name, String[] outcomes}.
        @SuppressWarnings("unchecked")
        Map<String, Context> byName = (Map<String, Context>) ((AbstractModel) maxent).getDataStructures()[1];
        double[][] weights = new double[CLASSES][d + 1];
        for (int j = 0; j <= d; j++) {
            Context p = byName.get(context[j]);
            if (p == null) {
                continue;
            }
            int[] outcomes = p.getOutcomes();
            double[] values = p.getParameters();
            for (int o = 0; o < outcomes.length; o++) {
                weights[Stance.valueOf(maxent.getOutcome(outcomes[o])).ordinal()][j] = values[o];
            }
        }
        double[][] w = new double[CLASSES][];
        double[] bias = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            w[c] = java.util.Arrays.copyOf(weights[c], d);
            bias[c] = weights[c][d];
        }
        TitleStanceModel model = new TitleStanceModel(source, TitleStanceFeatures.NAMES, mean, scale, w, bias);
        for (int i : rows) {
            double[] theirs = maxent.eval(context, standardised(x[i], mean, scale));
            double[] ours = model.probabilities(x[i]);
            for (int c = 0; c < CLASSES; c++) {
                int o = maxent.getIndex(Stance.values()[c].name());
                if (Math.abs(theirs[o] - ours[c]) > 1e-4) {
                    throw new IllegalStateException("the copied maxent differs from OpenNLP's: " + theirs[o] + " vs " + ours[c]);
                }
            }
        }
        return model;
    }

    private static float[] standardised(double[] x, double[] mean, double[] scale) {
        float[] v = new float[x.length + 1];
        for (int j = 0; j < x.length; j++) {
            v[j] = (float) ((x[j] - mean[j]) / scale[j]);
        }
        v[x.length] = 1;
        return v;
    }

    /** Out-of-fold counts: truth in SUPPORTS/DENIES/DISCUSSES, predictions in any of the four stances. */
    static final class Score {
        final int[][] confusion = new int[CLASSES][Stance.values().length];
        int n;

        void add(Stance truth, Stance predicted) {
            confusion[truth.ordinal()][predicted.ordinal()]++;
            n++;
        }

        double accuracy() {
            int right = 0;
            for (int c = 0; c < CLASSES; c++) {
                right += confusion[c][c];
            }
            return (double) right / n;
        }

        /** Pairs predicted as class {@code c}. */
        int predicted(int c) {
            int predicted = 0;
            for (int t = 0; t < CLASSES; t++) {
                predicted += confusion[t][c];
            }
            return predicted;
        }

        /** Pairs of class {@code c}, whatever was predicted (UNRELATED included). */
        int actual(int c) {
            int actual = 0;
            for (int p = 0; p < Stance.values().length; p++) {
                actual += confusion[c][p];
            }
            return actual;
        }

        double f1(int c) {
            int tp = confusion[c][c];
            return tp == 0 ? 0 : 2.0 * tp / (predicted(c) + actual(c));
        }

        double macroF1() {
            double s = 0;
            for (int c = 0; c < CLASSES; c++) {
                s += f1(c);
            }
            return s / CLASSES;
        }

        String accuracyLine() {
            return String.format(Locale.ROOT, "accuracy %.1f%%, macro F1 %.3f (F1 %s %.3f, %s %.3f, %s %.3f)%n",
                    100 * accuracy(), macroF1(), Stance.SUPPORTS, f1(0), Stance.DENIES, f1(1), Stance.DISCUSSES, f1(2));
        }

        String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "accuracy %.1f%% (%d pairs), macro F1 %.3f%n", 100 * accuracy(), n, macroF1()));
            b.append(String.format(Locale.ROOT, "%-10s %9s %9s %7s%n", "class", "precision", "recall", "F1"));
            for (int c = 0; c < CLASSES; c++) {
                int predicted = predicted(c);
                b.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %7.3f%n", Stance.values()[c],
                        predicted == 0 ? 0 : (double) confusion[c][c] / predicted, (double) confusion[c][c] / actual(c), f1(c)));
            }
            b.append("confusion (rows = truth, columns = predicted):\n").append(String.format(Locale.ROOT, "%-10s", ""));
            for (Stance s : Stance.values()) {
                b.append(String.format(Locale.ROOT, "%10s", s));
            }
            b.append('\n');
            for (int t = 0; t < CLASSES; t++) {
                b.append(String.format(Locale.ROOT, "%-10s", Stance.values()[t]));
                for (int p = 0; p < Stance.values().length; p++) {
                    b.append(String.format(Locale.ROOT, "%10d", confusion[t][p]));
                }
                b.append('\n');
            }
            return b.toString();
        }
    }
}
