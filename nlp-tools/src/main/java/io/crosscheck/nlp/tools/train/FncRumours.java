package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.stance.Stance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * FNC-1's training bodies grouped into rumours ({@code ../shared/datasets/README.md}, "Stories from FNC-1"): the
 * connected components of the related pairs (agree, disagree, discuss) of train_stances.csv over headlines and
 * bodies. Each body's stance toward its rumour is the majority label over its related headlines.
 * <p>One split by rumour is shared by the stance training ({@code -Dstance.rumourHoldout}) and the story report
 * evaluation, so the evaluation can score a model on rumours it never saw: {@link #heldOut(double)}.
 */
public final class FncRumours {

    /** One rumour: its bodies (id → stance toward the rumour) and its related headlines. */
    public record Rumour(int id, Map<Integer, Stance> bodyStances, Set<String> headlines) {
        public int size() {
            return bodyStances.size();
        }
    }

    /** A related headline with the stance of each of its bodies, for the claim check. */
    public record Headline(String text, int rumourId, Map<Integer, Stance> bodyStances) {
    }

    private final Map<Integer, String> bodies;
    private final List<Rumour> rumours;
    private final Map<Integer, Integer> rumourOfBody;
    private final List<Headline> headlines;

    private FncRumours(Map<Integer, String> bodies, List<Rumour> rumours, List<Headline> headlines) {
        this.bodies = bodies;
        this.rumours = rumours;
        this.headlines = headlines;
        this.rumourOfBody = new HashMap<>();
        for (Rumour rumour : rumours) {
            rumour.bodyStances().keySet().forEach(body -> rumourOfBody.put(body, rumour.id()));
        }
    }

    /** @param dir the FNC-1 training directory (train_bodies.csv, train_stances.csv) */
    public static FncRumours read(Path dir) throws IOException {
        Map<Integer, String> bodies = FncData.bodies(dir);
        List<FncData.Pair> pairs = FncData.pairs(dir.resolve("train_stances.csv"));
        // Union-find over bodies; a headline joins the bodies it is related to.
        Map<Integer, Integer> parent = new HashMap<>();
        bodies.keySet().forEach(id -> parent.put(id, id));
        Map<String, Integer> headlineBody = new HashMap<>();
        for (FncData.Pair pair : pairs) {
            if (pair.stance() == Stance.UNRELATED) {
                continue;
            }
            Integer other = headlineBody.putIfAbsent(pair.headline(), pair.bodyId());
            if (other != null) {
                union(parent, other, pair.bodyId());
            }
        }
        Map<Integer, Map<Stance, Integer>> votes = new HashMap<>();
        Map<String, Map<Integer, Stance>> headlineStances = new HashMap<>();
        for (FncData.Pair pair : pairs) {
            if (pair.stance() != Stance.UNRELATED) {
                votes.computeIfAbsent(pair.bodyId(), b -> new EnumMap<>(Stance.class)).merge(pair.stance(), 1, Integer::sum);
                headlineStances.computeIfAbsent(pair.headline(), h -> new HashMap<>()).put(pair.bodyId(), pair.stance());
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int body : new TreeSet<>(bodies.keySet())) {
            members.computeIfAbsent(find(parent, body), r -> new ArrayList<>()).add(body);
        }
        // Rumour ids: the smallest body id in the rumour, so they are stable across runs.
        List<Rumour> rumours = new ArrayList<>();
        Map<Integer, Integer> rumourId = new HashMap<>();
        for (List<Integer> group : members.values()) {
            int id = Collections.min(group);
            Map<Integer, Stance> stances = new HashMap<>();
            for (int body : group) {
                stances.put(body, majority(votes.get(body)));
                rumourId.put(body, id);
            }
            rumours.add(new Rumour(id, stances, new TreeSet<>()));
        }
        rumours.sort(Comparator.comparingInt(Rumour::id));
        Map<Integer, Rumour> byId = rumours.stream().collect(Collectors.toMap(Rumour::id, r -> r));
        List<Headline> headlines = new ArrayList<>();
        headlineStances.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int rumour = rumourId.get(e.getValue().keySet().iterator().next());
            byId.get(rumour).headlines().add(e.getKey());
            headlines.add(new Headline(e.getKey(), rumour, e.getValue()));
        });
        return new FncRumours(bodies, rumours, headlines);
    }

    /**
     * The body's stance toward its rumour: the most frequent label over its related headlines; a tie goes to
     * DISCUSSES when it is among the tied (the weakest claim about the body), else to the first in Stance order.
     * Null for a body with no related headline (a rumour of its own, stance unknown).
     */
    static Stance majority(Map<Stance, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return null;
        }
        int best = Collections.max(counts.values());
        if (counts.getOrDefault(Stance.DISCUSSES, 0) == best) {
            return Stance.DISCUSSES;
        }
        for (Stance stance : Stance.values()) {
            if (counts.getOrDefault(stance, 0) == best) {
                return stance;
            }
        }
        throw new AssertionError();
    }

    /**
     * The rumours held out of stance training: a fraction of them, drawn by a fixed seed over the rumours in id
     * order, so the trainer and the evaluation agree without sharing a file.
     */
    public Set<Integer> heldOut(double fraction) {
        List<Integer> ids = shuffledIds();
        return new TreeSet<>(ids.subList(0, (int) Math.round(ids.size() * fraction)));
    }

    /**
     * Fold {@code k} of {@code folds} over the same seeded order: fold 0 of 5 is {@link #heldOut heldOut(0.2)}, and
     * the folds together hold every rumour once, so a measurement can be repeated with each fold held out in turn.
     */
    public Set<Integer> fold(int k, int folds) {
        if (folds < 2 || k < 0 || k >= folds) {
            throw new IllegalArgumentException("fold " + k + " of " + folds);
        }
        List<Integer> ids = shuffledIds();
        return new TreeSet<>(ids.subList((int) Math.round(ids.size() * (double) k / folds),
                (int) Math.round(ids.size() * (double) (k + 1) / folds)));
    }

    /** A fold written "K/N" (as -Dstance.rumourFold and -Deval.rumourFolds take it). */
    public Set<Integer> fold(String spec) {
        String[] parts = spec.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a rumour fold is written K/N (fold K of N, from 0): " + spec);
        }
        return fold(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    private List<Integer> shuffledIds() {
        List<Integer> ids = new ArrayList<>(rumours.stream().map(Rumour::id).toList());
        Collections.shuffle(ids, new Random(20261202L));
        return ids;
    }

    public Map<Integer, String> bodies() {
        return bodies;
    }

    public List<Rumour> rumours() {
        return rumours;
    }

    public List<Headline> headlines() {
        return headlines;
    }

    /** The rumour a body belongs to. */
    public int rumourOf(int bodyId) {
        return rumourOfBody.get(bodyId);
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        int root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(x) != root) {
            int next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
