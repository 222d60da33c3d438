package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.compare.ClaimComparator;
import io.crosscheck.nlp.compare.ComparedText;
import io.crosscheck.nlp.compare.Comparison;
import io.crosscheck.nlp.compare.PairFeatures;
import io.crosscheck.nlp.compare.Relation;
import io.crosscheck.nlp.compare.SameFactModel;
import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.FactReader;
import io.crosscheck.nlp.stance.BoostedTrees;
import io.crosscheck.nlp.stance.IdfTable;
import io.crosscheck.nlp.stance.StanceClassifier;
import io.crosscheck.nlp.stance.StanceModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the same-fact model of {@code POST /claims/compare} on MRPC's training pairs (news sentence pairs labelled
 * paraphrase or not) and prints its cross-validated figures first.
 *
 * <p>Folds are cut by sentence, not by pair: MRPC reuses sentences across pairs, and a pair whose sentence the model
 * was trained on would be scored on what it has seen. Each fold is judged with the whole decision of
 * {@link ClaimComparator} (SAME only when no detail conflicts), not the bare probability. RELATED against UNRELATED is
 * scored on the held-out fold's pairs (all are about one news event) against as many random pairings of its
 * sentences from different pairs.
 *
 * <p>Usage: {@code TrainSameFactModel <mrpc-dir> <out.bin.gz>}; {@code -Dcompare.folds=10},
 * {@code -Dcompare.embeddingCache=FILE} (MiniLM vectors kept between runs), {@code -Dcompare.rounds},
 * {@code -Dcompare.depth}, {@code -Dcompare.learningRate}, {@code -Dcompare.showConflicts=true} (prints every
 * paraphrase judged CONFLICTS, with what differed).
 *
 * <p>Tried and left out: the 768 element-wise products and differences of the two MiniLM vectors as extra features
 * (SentEval's recipe) gave the same out-of-fold accuracy as the scalar features alone (0.749), at 25 times the model.
 */
public final class TrainSameFactModel {
    private static final double SAME_THRESHOLD = 0.5;

    record Pair(boolean same, String idA, String idB, String a, String b) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainSameFactModel <mrpc-dir> <out.bin.gz>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<Pair> pairs = read(Path.of(args[0], "train.tsv"));
        int folds = Integer.getInteger("compare.folds", 10);
        IdfTable idf = stanceIdf();
        String cacheProp = System.getProperty("compare.embeddingCache");
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder(),
                cacheProp == null ? null : Path.of(cacheProp));
        Map<String, String> sentences = new LinkedHashMap<>();
        for (Pair p : pairs) {
            sentences.put(p.idA(), p.a());
            sentences.put(p.idB(), p.b());
        }
        List<String> ids = new ArrayList<>(sentences.keySet());
        float[][] vectors = encoder.encode(ids.stream().map(sentences::get).toList());
        encoder.save();
        FactReader reader = new FactReader();
        Map<String, ComparedText> texts = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            texts.put(ids.get(i), ComparedText.read(reader, sentences.get(ids.get(i)), vectors[i]));
        }
        double[][] x = new double[pairs.size()][];
        int[] y = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = PairFeatures.of(texts.get(pairs.get(i).idA()), texts.get(pairs.get(i).idB()), idf);
            y[i] = pairs.get(i).same() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "MRPC train: %d pairs, %d sentences, %.1f%% same; features in %.1f s%n",
                pairs.size(), ids.size(), 100.0 * java.util.Arrays.stream(y).sum() / y.length, (System.nanoTime() - t0) / 1e9);

        int[] foldOf = foldsBySentence(pairs, folds);
        Scores cv = new Scores();
        for (int k = 0; k < folds; k++) {
            List<Integer> trainRows = new ArrayList<>();
            List<Integer> testRows = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                (foldOf[i] == k ? testRows : trainRows).add(i);
            }
            SameFactModel model = fit(x, y, trainRows, pairs, texts, "fold " + k);
            ClaimComparator comparator = new ClaimComparator(model, encoder, idf, reader);
            for (int i : testRows) {
                Pair p = pairs.get(i);
                Comparison c = comparator.compare(texts.get(p.idA()), texts.get(p.idB()));
                Relation relation = c.relation();
                if (relation == Relation.CONFLICTS && p.same() && Boolean.getBoolean("compare.showConflicts")) {
                    System.out.println("CONFLICT on paraphrase: " + c.detail() + "\n  " + p.a() + "\n  " + p.b());
                }
                cv.add(p.same(), relation, model.sameProbability(x[i]) >= SAME_THRESHOLD,
                        Vectors.cosine(texts.get(p.idA()).embedding(), texts.get(p.idB()).embedding()));
            }
            for (Pair[] random : randomPairings(pairs, testRows, new Random(31 + k))) {
                Relation relation = comparator.compare(texts.get(random[0].idA()), texts.get(random[1].idB())).relation();
                cv.addRandom(relation);
            }
        }
        cv.print(folds);

        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            all.add(i);
        }
        SameFactModel model = fit(x, y, all, pairs, texts, String.format(Locale.ROOT,
                "MRPC train (%d pairs), %d-fold by sentence: same accuracy %.3f, F1 %.3f", pairs.size(), folds,
                cv.accuracy(), cv.f1()));
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf(Locale.ROOT, "model (%d trees, related from cosine %.2f) written to %s (%d bytes) in %.1f s%n",
                model.trees().trees().size(), model.relatedCosine(), out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static SameFactModel fit(double[][] x, int[] y, List<Integer> rows, List<Pair> pairs,
                                     Map<String, ComparedText> texts, String source) {
        GbdtTrainer trainer = new GbdtTrainer();
        trainer.rounds = Integer.getInteger("compare.rounds", 150);
        trainer.maxDepth = Integer.getInteger("compare.depth", 4);
        trainer.learningRate = Double.parseDouble(System.getProperty("compare.learningRate", "0.05"));
        double[][] xs = new double[rows.size()][];
        int[] ys = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = x[rows.get(i)];
            ys[i] = y[rows.get(i)];
        }
        BoostedTrees trees = trainer.fit(xs, ys, 2);
        double related = relatedCosine(pairs, rows, texts, new Random(29));
        return new SameFactModel(source, PairFeatures.NAMES, SAME_THRESHOLD, related, trees);
    }

    /**
     * The MiniLM cosine that best tells the rows' pairs (two reports of one event, same fact or not) from as many
     * random pairings of their sentences: RELATED means "about the same thing", which every MRPC pair is.
     */
    private static double relatedCosine(List<Pair> pairs, List<Integer> rows, Map<String, ComparedText> texts, Random random) {
        List<double[]> scored = new ArrayList<>();
        for (int i : rows) {
            Pair p = pairs.get(i);
            scored.add(new double[]{Vectors.cosine(texts.get(p.idA()).embedding(), texts.get(p.idB()).embedding()), 1});
        }
        for (Pair[] r : randomPairings(pairs, rows, random)) {
            scored.add(new double[]{Vectors.cosine(texts.get(r[0].idA()).embedding(), texts.get(r[1].idB()).embedding()), 0});
        }
        scored.sort((a, b) -> Double.compare(a[0], b[0]));
        int positives = (int) scored.stream().filter(s -> s[1] == 1).count();
        // Threshold between scored[i-1] and scored[i]: below it UNRELATED. Correct = negatives below + positives above.
        int negativesBelow = 0;
        int positivesBelow = 0;
        int bestCorrect = positives;
        double best = scored.get(0)[0] - 1e-6;
        for (int i = 1; i <= scored.size(); i++) {
            if (scored.get(i - 1)[1] == 1) {
                positivesBelow++;
            } else {
                negativesBelow++;
            }
            int correct = negativesBelow + positives - positivesBelow;
            if (correct > bestCorrect && i < scored.size()) {
                bestCorrect = correct;
                best = (scored.get(i - 1)[0] + scored.get(i)[0]) / 2;
            }
        }
        return best;
    }

    /** As many pairings as rows, each of the first sentence of one row's pair with the second of another row's. */
    private static List<Pair[]> randomPairings(List<Pair> pairs, List<Integer> rows, Random random) {
        List<Pair[]> out = new ArrayList<>();
        for (int i : rows) {
            int j = rows.get(random.nextInt(rows.size()));
            if (j != i && !pairs.get(j).idB().equals(pairs.get(i).idA())) {
                out.add(new Pair[]{pairs.get(i), pairs.get(j)});
            }
        }
        return out;
    }

    /** Pairs that share a sentence (directly or through others) go to one fold. */
    static int[] foldsBySentence(List<Pair> pairs, int folds) {
        Map<String, String> parent = new HashMap<>();
        for (Pair p : pairs) {
            union(parent, p.idA(), p.idB());
        }
        List<String> roots = new ArrayList<>(new java.util.TreeSet<>(pairs.stream().map(p -> find(parent, p.idA())).toList()));
        Collections.shuffle(roots, new Random(11));
        Map<String, Integer> foldOfRoot = new HashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            foldOfRoot.put(roots.get(i), i % folds);
        }
        int[] out = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[i] = foldOfRoot.get(find(parent, pairs.get(i).idA()));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static IdfTable stanceIdf() throws IOException {
        try (InputStream in = StanceClassifier.class.getResourceAsStream(StanceClassifier.MODEL_RESOURCE)) {
            return StanceModel.read(in).idf();
        }
    }

    static List<Pair> read(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.replace("\uFEFF", "").split("\t");
            if (f.length == 5 && (f[0].equals("0") || f[0].equals("1"))) {
                out.add(new Pair(f[0].equals("1"), f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    /** Out-of-fold counts. */
    private static final class Scores {
        int tp, fp, fn, tn;
        int bareCorrect, n;
        /** SAME or CONFLICTS against the label: "these state one fact", told the same way or not. */
        int oneFactTp, oneFactFp, oneFactFn;
        final Map<Relation, int[]> relationsByLabel = new java.util.EnumMap<>(Relation.class);
        int relatedCorrect, relatedTotal;
        final List<double[]> cosines = new ArrayList<>();

        void add(boolean same, Relation relation, boolean bareSame, double cosine) {
            boolean predicted = relation == Relation.SAME;
            if (predicted && same) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (same) {
                fn++;
            } else {
                tn++;
            }
            boolean oneFact = relation == Relation.SAME || relation == Relation.CONFLICTS;
            oneFactTp += oneFact && same ? 1 : 0;
            oneFactFp += oneFact && !same ? 1 : 0;
            oneFactFn += !oneFact && same ? 1 : 0;
            n++;
            bareCorrect += bareSame == same ? 1 : 0;
            relationsByLabel.computeIfAbsent(relation, r -> new int[2])[same ? 1 : 0]++;
            relatedCorrect += relation != Relation.UNRELATED ? 1 : 0;
            relatedTotal++;
            cosines.add(new double[]{cosine, same ? 1 : 0});
        }

        void addRandom(Relation relation) {
            relatedCorrect += relation == Relation.UNRELATED ? 1 : 0;
            relatedTotal++;
        }

        double accuracy() {
            return (double) (tp + tn) / n;
        }

        double f1() {
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        void print(int folds) {
            int positives = tp + fn;
            System.out.printf(Locale.ROOT, "%n| %d-fold by sentence, out of fold | accuracy | precision | recall | F1 |%n"
                    + "|---|---|---|---|---|%n", folds);
            System.out.printf(Locale.ROOT, "| SAME (the whole decision) | %.3f | %.3f | %.3f | %.3f |%n", accuracy(),
                    (double) tp / Math.max(1, tp + fp), (double) tp / Math.max(1, positives), f1());
            System.out.printf(Locale.ROOT, "| one fact (SAME or CONFLICTS) | %.3f | %.3f | %.3f | %.3f |%n",
                    (double) (n - oneFactFp - oneFactFn) / n, (double) oneFactTp / Math.max(1, oneFactTp + oneFactFp),
                    (double) oneFactTp / Math.max(1, positives), 2.0 * oneFactTp / (2.0 * oneFactTp + oneFactFp + oneFactFn));
            System.out.printf(Locale.ROOT, "| bare probability >= %.1f | %.3f | | | |%n", SAME_THRESHOLD, (double) bareCorrect / n);
            System.out.printf(Locale.ROOT, "| always SAME (majority) | %.3f | | | |%n", (double) positives / n);
            System.out.printf(Locale.ROOT, "| MiniLM cosine alone, best threshold in hindsight | %.3f | | | |%n", bestCosineAccuracy());
            System.out.printf(Locale.ROOT, "%nrelations given (paraphrase / not): %s%n", describe());
            System.out.printf(Locale.ROOT, "RELATED-or-closer vs UNRELATED (MRPC pairs vs random pairings): accuracy %.3f on %d%n",
                    (double) relatedCorrect / relatedTotal, relatedTotal);
        }

        private String describe() {
            StringBuilder b = new StringBuilder();
            relationsByLabel.forEach((r, c) -> b.append(r).append(' ').append(c[1]).append(" / ").append(c[0]).append("  "));
            return b.toString().trim();
        }

        /** An upper bound for a cosine threshold: chosen on the very pairs scored. */
        private double bestCosineAccuracy() {
            cosines.sort((a, b) -> Double.compare(a[0], b[0]));
            int positives = (int) cosines.stream().filter(c -> c[1] == 1).count();
            int best = positives;
            int negativesBelow = 0;
            int positivesBelow = 0;
            for (double[] c : cosines) {
                if (c[1] == 1) {
                    positivesBelow++;
                } else {
                    negativesBelow++;
                }
                best = Math.max(best, negativesBelow + positives - positivesBelow);
            }
            return (double) best / cosines.size();
        }
    }
}
