package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.StorySplitter;
import io.crosscheck.nlp.tools.train.TrainStoryModel.Body;
import io.crosscheck.nlp.tools.train.TrainStoryModel.Scores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures story splits ({@link StorySplitter}) and merges on FNC-1's training rumours, filing simulated as
 * {@link TrainStoryModel} does it: a body joins the most probable story the model admits, the other admitted stories
 * the merge rule finds the same event merge into it, and after each filing the story is cut in two when the parts
 * would not join each other (articles clustered from the model's own threshold, as in the claim-service). Honest:
 * 5 folds by rumour; each fold's story model is learnt without it, the setting is chosen on the other folds' rumours
 * (best pairwise F1 among them), and the fold's own bodies are scored among themselves.
 * <pre>EvaluateStorySplits &lt;fnc1-dir&gt;</pre>
 * Prints, per fold and setting, the pairwise and BCubed figures of the held-in and held-out bodies and how many
 * splits and merges were made. Options: {@code -Dsplits.only=0.6/3} (cross probability / least part) and
 * {@code -Dmerges.only=cross/0.8} (none, centroid or cross / least figure) fix one dimension of the grid;
 * stance.embeddingCache as for TrainStanceModel.
 */
public final class EvaluateStorySplits {

    private static final double[] MAX_CROSS = {0.4, 0.6, 0.8, 1.01};
    private static final int[] MIN_PARTS = {2, 3};
    private static final List<Merge> MERGES = List.of(Merge.NONE, new Merge("centroid", 0.90), new Merge("cross", 0.6),
            new Merge("cross", 0.7), new Merge("cross", 0.8), new Merge("cross", 0.9));
    private static final int FOLDS = 5;
    /** A story is checked when its article count is a multiple of this (the claim-service: every filing up to 100). */
    private static final int EVERY = Integer.getInteger("splits.every", 1);
    /** The latest articles of each story a merge compares (the claim-service reads as many for a split). */
    private static final int MERGE_ARTICLES = 200;

    private EvaluateStorySplits() {
    }

    /**
     * When two stories one body could both join merge: never, when their MiniLM centroid sums have a cosine of
     * {@code min} or more (the claim-service's rule), or when the story model finds either, read as one article, about
     * the other with a probability of {@code min} or more ({@link StorySplitter#crossProbability}).
     */
    record Merge(String kind, double min) {
        static final Merge NONE = new Merge("none", 0);

        TrainStoryModel.MergeRule rule(StorySplitter splitter) {
            return switch (kind) {
                case "none" -> TrainStoryModel.MergeRule.NEVER;
                case "centroid" -> (filing, chosen, other) -> filing.centroids.get(chosen) != null && filing.centroids.get(other) != null
                        && Vectors.cosine(Vectors.normalize(filing.centroids.get(chosen)), Vectors.normalize(filing.centroids.get(other))) >= min;
                case "cross" -> (filing, chosen, other) -> splitter.crossProbability(latest(filing, chosen), latest(filing, other)) >= min;
                default -> throw new IllegalArgumentException("merge kind " + kind + ": none, centroid or cross");
            };
        }

        private static List<StorySplitter.Member<Integer>> latest(TrainStoryModel.Filing filing, int story) {
            List<Body> all = filing.members.get(story);
            return members(all.subList(Math.max(0, all.size() - MERGE_ARTICLES), all.size()));
        }

        @Override
        public String toString() {
            return kind.equals("none") ? "no merges" : String.format(Locale.ROOT, "merge at %s >= %.2f", kind, min);
        }
    }

    /** A split setting (a cross probability of 0: no splits; the link is the model's threshold) and a merge rule. */
    record Setting(double maxCross, int minPart, Merge merge) {
        @Override
        public String toString() {
            return (maxCross == 0 ? "no splits" : String.format(Locale.ROOT, "cross < %.2f, parts >= %d", maxCross, minPart))
                    + ", " + merge;
        }
    }

    public static void main(String[] args) throws Exception {
        FncRumours data = FncRumours.read(java.nio.file.Path.of(args[0]));
        List<Body> bodies = TrainStoryModel.analyse(data);
        List<String> features = List.of(System.getProperty("story.features", TrainStoryModel.FEATURES).split(","));
        // -Dsplits.only=0.6/3 and -Dmerges.only=cross/0.8 each fix one dimension of the grid.
        List<double[]> splitGrid = new ArrayList<>();
        String onlySplits = System.getProperty("splits.only");
        if (onlySplits != null) {
            String[] parts = onlySplits.split("/");
            splitGrid.add(new double[] {Double.parseDouble(parts[0]), Integer.parseInt(parts[1])});
        } else {
            splitGrid.add(new double[] {0, 1});
            for (double cross : MAX_CROSS) {
                for (int part : MIN_PARTS) {
                    splitGrid.add(new double[] {cross, part});
                }
            }
        }
        List<Merge> merges = MERGES;
        String onlyMerges = System.getProperty("merges.only");
        if (onlyMerges != null) {
            String[] parts = onlyMerges.split("/");
            merges = List.of(new Merge(parts[0], parts.length > 1 ? Double.parseDouble(parts[1]) : 0));
        }
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(0, 1, Merge.NONE));
        for (double[] split : splitGrid) {
            for (Merge merge : merges) {
                Setting setting = new Setting(split[0], (int) split[1], merge);
                if (!settings.contains(setting)) {
                    settings.add(setting);
                }
            }
        }
        Map<Setting, double[]> heldOutSums = new HashMap<>();
        double chosenPair = 0;
        double chosenBcubed = 0;
        double baselinePair = 0;
        double baselineBcubed = 0;
        for (int k = 0; k < FOLDS; k++) {
            Set<Integer> held = data.fold(k, FOLDS);
            StoryModel model = TrainStoryModel.learn(bodies.stream().filter(b -> !held.contains(b.rumour())).toList(),
                    features, "fold " + k);
            List<Body> heldBodies = bodies.stream().filter(b -> held.contains(b.rumour())).toList();
            List<Body> inBodies = bodies.stream().filter(b -> !held.contains(b.rumour())).toList();
            if (Boolean.getBoolean("splits.diagnose")) {
                diagnose(bodies, model);
                return;
            }
            Setting best = null;
            double bestIn = -1;
            Map<Setting, Scores> heldScores = new HashMap<>();
            for (Setting setting : settings) {
                int[] counts = new int[2];
                Map<Integer, Integer> filed = file(bodies, model, setting, counts);
                Scores in = Scores.of(inBodies, filed);
                Scores out = Scores.of(heldBodies, filed);
                heldScores.put(setting, out);
                System.out.printf(Locale.ROOT, "fold %d, %-52s %4d splits, %3d merges; held-in %s; held-out %s%n", k,
                        setting, counts[0], counts[1], in, out);
                double[] sums = heldOutSums.computeIfAbsent(setting, s -> new double[2]);
                sums[0] += out.pairF1();
                sums[1] += out.bcubedF1();
                if (in.pairF1() > bestIn + 1e-9) {
                    bestIn = in.pairF1();
                    best = setting;
                }
            }
            System.out.printf(Locale.ROOT, "fold %d: chosen on held-in rumours: %s -> held-out %s%n", k, best, heldScores.get(best));
            chosenPair += heldScores.get(best).pairF1();
            chosenBcubed += heldScores.get(best).bcubedF1();
            baselinePair += heldScores.get(settings.get(0)).pairF1();
            baselineBcubed += heldScores.get(settings.get(0)).bcubedF1();
        }
        System.out.println();
        System.out.println("| setting | held-out pairwise F1 (mean of 5) | BCubed F1 |");
        System.out.println("|---|---|---|");
        for (Setting setting : settings) {
            double[] sums = heldOutSums.get(setting);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", setting, sums[0] / FOLDS, sums[1] / FOLDS);
        }
        System.out.printf(Locale.ROOT, "no splits: held-out pairwise F1 %.3f, BCubed %.3f; setting chosen per fold on "
                        + "held-in rumours: %.3f, %.3f%n", baselinePair / FOLDS, baselineBcubed / FOLDS,
                chosenPair / FOLDS, chosenBcubed / FOLDS);
    }

    /** Each story of the plain filing with 4+ bodies: its best cut, the rumours on either side, the cross probability. */
    static void diagnose(List<Body> bodies, StoryModel model) {
        Map<Integer, Integer> filed = TrainStoryModel.file(bodies, model);
        Map<Integer, List<Body>> byStory = new HashMap<>();
        bodies.forEach(b -> byStory.computeIfAbsent(filed.get(b.id()), s -> new ArrayList<>()).add(b));
        StorySplitter splitter = new StorySplitter(model, model.threshold(), 1, 2);
        byStory.values().stream().filter(l -> l.size() >= 4).forEach(list -> {
            Map<Integer, Body> byId = new HashMap<>();
            list.forEach(b -> byId.put(b.id(), b));
            var cut = splitter.cut(members(list));
            Map<Integer, Long> all = rumours(list.stream().map(Body::id).toList(), byId);
            System.out.printf(Locale.ROOT, "story of %d, rumours %s: %s%n", list.size(), all, cut.map(c -> String.format(Locale.ROOT,
                    "kept %s | split off %s | cross %.4f", rumours(c.kept(), byId), rumours(c.splitOff(), byId), c.crossProbability()))
                    .orElse("no cut"));
        });
    }

    private static List<StorySplitter.Member<Integer>> members(List<Body> bodies) {
        return bodies.stream().map(b -> new StorySplitter.Member<>(b.id(), b.terms(), b.centroid())).toList();
    }

    private static Map<Integer, Long> rumours(List<Integer> ids, Map<Integer, Body> byId) {
        return ids.stream().collect(java.util.stream.Collectors.groupingBy(id -> byId.get(id).rumour(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /** Files the bodies in order as TrainStoryModel does, checking the story each body joins for a split. */
    static Map<Integer, Integer> file(List<Body> bodies, StoryModel model, Setting setting, int[] counts) {
        // Articles cluster from the model's joining threshold, as in the claim-service.
        StorySplitter splitter = new StorySplitter(model, model.threshold(), setting.maxCross(), setting.minPart());
        TrainStoryModel.MergeRule rule = setting.merge().rule(splitter);
        TrainStoryModel.MergeRule counted = (filing, chosen, other) -> {
            boolean same = rule.sameEvent(filing, chosen, other);
            counts[1] += same ? 1 : 0;
            return same;
        };
        return TrainStoryModel.file(bodies, model, counted, (filing, story, storyOf) -> {
            if (setting.maxCross() == 0 || filing.members.get(story).size() % EVERY != 0) {
                return;
            }
            Optional<StorySplitter.Split<Integer>> split = splitter.split(members(filing.members.get(story)));
            if (split.isPresent()) {
                int into = filing.splitOff(story, new HashSet<>(split.get().splitOff()));
                split.get().splitOff().forEach(id -> storyOf.put(id, into));
                counts[0]++;
            }
        });
    }
}
