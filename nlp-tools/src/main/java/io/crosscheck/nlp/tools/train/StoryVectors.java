package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.stance.IdfTable;
import io.crosscheck.nlp.stance.StancePipeline;
import io.crosscheck.nlp.text.SentenceSpan;
import io.crosscheck.nlp.text.TextAnalysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far an article's MiniLM centroid (the mean of its sentence vectors, as the claim-service files it) is from the
 * centroid of its own story and from the closest other story, on the FNC-1 rumours used for stance training (the
 * held-out ones are left to the evaluation). Prints both distributions and the threshold that best separates
 * them; the claim-service's {@code crosscheck.claims.stories.min-centroid-similarity} is set from it.
 * <pre>StoryVectors &lt;fnc1-dir&gt; [rumour hold-out, 0.2]</pre>
 * Option: stance.embeddingCache as for TrainStanceModel.
 */
public final class StoryVectors {

    private StoryVectors() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double holdout = args.length > 1 ? Double.parseDouble(args[1]) : 0.2;
        FncRumours data = FncRumours.read(dir);
        Set<Integer> heldOut = data.heldOut(holdout);
        String cache = System.getProperty("stance.embeddingCache");
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder(),
                cache == null ? null : Path.of(cache));
        StancePipeline pipeline = new StancePipeline(TextAnalysis.shared(), encoder, IdfTable.fit(List.of()));
        Map<Integer, float[]> vectors = new HashMap<>();
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (FncRumours.Rumour rumour : data.rumours()) {
            if (heldOut.contains(rumour.id())) {
                continue;
            }
            for (int body : rumour.bodyStances().keySet()) {
                String text = data.bodies().get(body);
                List<SentenceSpan> sentences = TextAnalysis.shared().sentences(text);
                String title = sentences.isEmpty() ? null : sentences.get(0).text();
                AnalyzedArticle article = pipeline.analyzeArticle(title, text);
                vectors.put(body, article.centroid());
                members.computeIfAbsent(rumour.id(), r -> new ArrayList<>()).add(body);
            }
        }
        encoder.save();
        Map<Integer, float[]> sums = new HashMap<>();
        members.forEach((rumour, bodies) -> {
            float[] sum = new float[vectors.get(bodies.get(0)).length];
            bodies.forEach(b -> add(sum, vectors.get(b), 1));
            sums.put(rumour, sum);
        });
        List<Double> own = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            for (int body : entry.getValue()) {
                float[] rest = entry.getValue().stream().filter(b -> b != body).map(vectors::get)
                        .reduce(new float[vectors.get(body).length], (s, v) -> { add(s, v, 1); return s; });
                own.add(Vectors.cosine(vectors.get(body), Vectors.normalize(rest)));
                double closest = -1;
                for (Map.Entry<Integer, float[]> otherRumour : sums.entrySet()) {
                    if (!otherRumour.getKey().equals(entry.getKey())) {
                        closest = Math.max(closest, Vectors.cosine(vectors.get(body), Vectors.normalize(otherRumour.getValue())));
                    }
                }
                other.add(closest);
            }
        }
        System.out.printf(Locale.ROOT, "%d bodies of %d training rumours (2+ bodies)%n", own.size(), members.size());
        System.out.println("quantile | own story (leave-one-out) | closest other story");
        for (double q : new double[] {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99}) {
            System.out.printf(Locale.ROOT, "%.2f | %.3f | %.3f%n", q, quantile(own, q), quantile(other, q));
        }
        double best = 0;
        double bestAccuracy = 0;
        for (double t = 0.3; t <= 0.95; t += 0.01) {
            double threshold = t;
            double kept = own.stream().filter(c -> c >= threshold).count() / (double) own.size();
            double rejected = other.stream().filter(c -> c < threshold).count() / (double) other.size();
            if ((kept + rejected) / 2 > bestAccuracy) {
                bestAccuracy = (kept + rejected) / 2;
                best = threshold;
            }
        }
        double threshold = best;
        System.out.printf(Locale.ROOT, "best threshold %.2f: own story kept %.3f, closest other rejected %.3f%n", best,
                own.stream().filter(c -> c >= threshold).count() / (double) own.size(),
                other.stream().filter(c -> c < threshold).count() / (double) other.size());
    }

    private static void add(float[] sum, float[] v, int sign) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += sign * v[i];
        }
    }

    private static double quantile(List<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
