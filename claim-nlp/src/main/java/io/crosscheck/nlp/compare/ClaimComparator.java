package io.crosscheck.nlp.compare;

import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.FactReader;
import io.crosscheck.nlp.stance.IdfTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * Judges whether two claims state the same fact (see {@link Relation}). The same-fact probability comes from trees
 * learnt on MRPC's news paraphrases ({@code nlp-tools TrainSameFactModel}). A pair whose details disagree is read a
 * second time as if they agreed: when that reading is the same fact, the pair CONFLICTS (one fact, told two ways),
 * which is what a fact-checker needs flagged; otherwise the disagreeing details just mark two different facts. Two
 * claims that are not one fact are RELATED when their MiniLM cosine reaches the model's learnt bar or they name a
 * person, organisation or place in common.
 * Thread-safe.
 */
public final class ClaimComparator {
    public static final String MODEL_RESOURCE = "/models/compare/same-fact-model.bin.gz";

    private final SameFactModel model;
    private final SentenceEncoder encoder;
    private final IdfTable idf;
    private final FactReader reader;

    public ClaimComparator(SameFactModel model, SentenceEncoder encoder, IdfTable idf, FactReader reader) {
        this.model = model;
        this.encoder = encoder;
        this.idf = idf;
        this.reader = reader;
    }

    /** The model packaged in claim-nlp; {@code idf} is the stance model's table (the same news vocabulary). */
    public static ClaimComparator load(SentenceEncoder encoder, IdfTable idf) {
        try (InputStream in = ClaimComparator.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the classpath");
            }
            return new ClaimComparator(SameFactModel.read(in), encoder, idf, new FactReader());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the same-fact model", e);
        }
    }

    public SameFactModel model() {
        return model;
    }

    public Comparison compare(String a, String b) {
        float[][] vectors = encoder.encode(java.util.List.of(a, b));
        return compare(read(a, vectors[0]), read(b, vectors[1]));
    }

    /** @param embedding the text's MiniLM vector */
    public ComparedText read(String text, float[] embedding) {
        return ComparedText.read(reader, text, embedding);
    }

    public Comparison compare(ComparedText a, ComparedText b) {
        FactDifferences differences = FactDifferences.between(a.facts(), b.facts());
        double[] features = PairFeatures.of(a, b, idf, differences);
        double same = model.sameProbability(features);
        if (differences.any()) {
            double[] agreeing = features.clone();
            for (int f : PairFeatures.DIFFERENCE_FEATURES) {
                agreeing[f] = 0;
            }
            double sameIfAgreeing = Math.max(same, model.sameProbability(agreeing));
            if (sameIfAgreeing >= model.sameThreshold()) {
                return new Comparison(Relation.CONFLICTS, sameIfAgreeing,
                        "the same fact, but " + String.join("; ", differences.described()));
            }
        }
        if (same >= model.sameThreshold()) {
            return new Comparison(Relation.SAME, same, "the same fact");
        }
        double cosine = Vectors.cosine(a.embedding(), b.embedding());
        if (cosine >= model.relatedCosine()) {
            return new Comparison(Relation.RELATED, same, String.format(Locale.ROOT,
                    "about the same thing (closeness %.2f), not the same fact", cosine));
        }
        // A name both mention makes two claims about the same thing however differently they are worded.
        Set<String> shared = FactDifferences.names(a.facts());
        shared.retainAll(FactDifferences.names(b.facts()));
        if (!shared.isEmpty()) {
            return new Comparison(Relation.RELATED, same, "about " + String.join(", ", shared) + ", not the same fact");
        }
        return new Comparison(Relation.UNRELATED, same, String.format(Locale.ROOT,
                "nothing in common that matters (closeness %.2f)", cosine));
    }
}
