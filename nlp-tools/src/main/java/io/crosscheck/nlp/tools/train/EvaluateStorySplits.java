package io.crosscheck.nlp.tools.train;

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
 * Measures story splitting ({@link StorySplitter}) on FNC-1's training rumours, filing simulated as
 * {@link TrainStoryModel} does it: after each body is filed, its story is cut in two when the parts would not join
 * each other. Honest: 5 folds by rumour; each fold's story model is learnt without it, the split setting is chosen on
 * the other folds' rumours (best pairwise F1 among them), and the fold's own bodies are scored among themselves.
 * <pre>EvaluateStorySplits &lt;fnc1-dir&gt;</pre>
 * Prints, per fold and setting, the pairwise and BCubed figures of the held-in and held-out bodies and how many
 * splits were made. stance.embeddingCache as for TrainStanceModel.
 */
public final class EvaluateStorySplits {

    private static final double[] MAX_CROSS = {0.4, 0.6, 0.8, 1.01};
    private static final int[] MIN_PARTS = {2, 3};
    private static final double[] LINKS = {0.05, 0.1};
    private static final int FOLDS = 5;
    /** A story is checked when its article count is a multiple of this (the claim-service: every filing up to 100). */
    private static final int EVERY = Integer.getInteger("splits.every", 1);

    private EvaluateStorySplits() {
    }

    record Setting(double link, double maxCross, int minPart) {
        @Override
        public String toString() {
            return maxCross == 0 ? "no splits" : String.format(Locale.ROOT, "link %.2f, cross < %.2f, parts >= %d", link, maxCross, minPart);
        }
    }

    public static void main(String[] args) throws Exception {
        FncRumours data = FncRumours.read(java.nio.file.Path.of(args[0]));
        List<Body> bodies = TrainStoryModel.analyse(data);
        List<String> features = List.of(System.getProperty("story.features", TrainStoryModel.FEATURES).split(","));
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(0, 0, 1));
        String only = System.getProperty("splits.only");
        if (only != null) {
            String[] parts = only.split("/");
            settings.add(new Setting(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Integer.parseInt(parts[2])));
        }
        for (double link : only != null ? new double[0] : LINKS) {
            for (double cross : MAX_CROSS) {
                for (int part : MIN_PARTS) {
                    settings.add(new Setting(link, cross, part));
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
                int[] splits = new int[1];
                Map<Integer, Integer> filed = file(bodies, model, setting, splits);
                Scores in = Scores.of(inBodies, filed);
                Scores out = Scores.of(heldBodies, filed);
                heldScores.put(setting, out);
                System.out.printf(Locale.ROOT, "fold %d, %-36s %4d splits; held-in %s; held-out %s%n", k, setting,
                        splits[0], in, out);
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
        double link = Double.parseDouble(System.getProperty("splits.link", "0.1"));
        StorySplitter splitter = new StorySplitter(model, link, 1, 2);
        byStory.values().stream().filter(l -> l.size() >= 4).forEach(list -> {
            Map<Integer, Body> byId = new HashMap<>();
            list.forEach(b -> byId.put(b.id(), b));
            var cut = splitter.cut(list.stream().map(b -> new StorySplitter.Member<>(b.id(), b.terms(), b.centroid())).toList());
            Map<Integer, Long> all = rumours(list.stream().map(Body::id).toList(), byId);
            System.out.printf(Locale.ROOT, "story of %d, rumours %s: %s%n", list.size(), all, cut.map(c -> String.format(Locale.ROOT,
                    "kept %s | split off %s | cross %.4f", rumours(c.kept(), byId), rumours(c.splitOff(), byId), c.crossProbability()))
                    .orElse("no cut"));
        });
    }

    private static Map<Integer, Long> rumours(List<Integer> ids, Map<Integer, Body> byId) {
        return ids.stream().collect(java.util.stream.Collectors.groupingBy(id -> byId.get(id).rumour(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /** Files the bodies in order as TrainStoryModel does, checking the story each body joins for a split. */
    static Map<Integer, Integer> file(List<Body> bodies, StoryModel model, Setting setting, int[] splits) {
        if (setting.maxCross() == 0) {
            return TrainStoryModel.file(bodies, model);
        }
        StorySplitter splitter = new StorySplitter(model, setting.link(), setting.maxCross(), setting.minPart());
        return TrainStoryModel.file(bodies, model, (filing, story, storyOf) -> {
            if (filing.members.get(story).size() % EVERY != 0) {
                return;
            }
            List<StorySplitter.Member<Integer>> members = filing.members.get(story).stream()
                    .map(b -> new StorySplitter.Member<>(b.id(), b.terms(), b.centroid())).toList();
            Optional<StorySplitter.Split<Integer>> split = splitter.split(members);
            if (split.isPresent()) {
                int into = filing.splitOff(story, new HashSet<>(split.get().splitOff()));
                split.get().splitOff().forEach(id -> storyOf.put(id, into));
                splits[0]++;
            }
        });
    }
}
