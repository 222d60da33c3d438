package io.crosscheck.nlp.stance;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.text.TextAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says whether a text supports, denies, discusses or is unrelated to a claim, with the sentences that
 * show it. Two models: the body model, trained on FNC-1 (headline = claim, body = text), reads articles; the
 * title model, trained on Emergent's headlines, reads an article that is only its headline
 * ({@link AnalyzedArticle#isHeadlineOnly()}), after the body model has judged it related. See
 * {@code claim-nlp/docs/stance.md}.
 * <p>Load once with {@link #load()}; thread-safe after. A call embeds the claim and the text's sentences
 * (first {@value StancePipeline#MAX_SENTENCES}) with MiniLM: ~3 ms a sentence.
 */
public final class StanceClassifier {
    public static final String MODEL_RESOURCE = "/models/stance/stance-model.bin.gz";
    public static final String TITLE_MODEL_RESOURCE = "/models/stance/title-stance-model.bin.gz";

    /** At most this many evidence sentences. */
    static final int MAX_EVIDENCE = 3;
    /** Evidence beyond the first must be about as close to the claim as the first. */
    static final double EVIDENCE_MARGIN = 0.15;
    /** How deep among the closest sentences to look for the one that refutes the claim. */
    static final int DENIAL_SEARCH_DEPTH = 5;

    private final StancePipeline pipeline;
    private final BoostedTrees trees;
    /** Null: every article is read by the body model (the baseline the title model is measured against). */
    private final TitleStanceModel titleModel;
    private final boolean explicitRules;

    StanceClassifier(StancePipeline pipeline, BoostedTrees trees, TitleStanceModel titleModel, boolean explicitRules) {
        this.pipeline = pipeline;
        this.trees = trees;
        this.titleModel = titleModel;
        this.explicitRules = explicitRules;
    }

    /**
     * Loads the models committed under {@value #MODEL_RESOURCE} and {@value #TITLE_MODEL_RESOURCE} and a MiniLM
     * sentence encoder of its own.
     * Measured cold at 2.0-3.2 s on a busy 2-core machine, nearly all of it starting ONNX Runtime for
     * MiniLM; the trees, idf table and OpenNLP sentence model take ~0.4 s (the sentence model is
     * {@link TextAnalysis#shared()}'s, read once per process for extraction and stance).
     */
    public static StanceClassifier load() {
        return load(new MiniLmSentenceEncoder());
    }

    /**
     * As {@link #load()}, with a MiniLM encoder the service already holds (all-MiniLM-L6-v2 quantized:
     * the model was trained on its vectors), so that one ONNX session serves every component.
     */
    public static StanceClassifier load(SentenceEncoder miniLmEncoder) {
        try (InputStream in = StanceClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("stance model " + MODEL_RESOURCE + " not on the classpath");
            }
            return create(StanceModel.read(in), loadTitleModel(), miniLmEncoder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stance model", e);
        }
    }

    /** The title model committed under {@value #TITLE_MODEL_RESOURCE}. */
    public static TitleStanceModel loadTitleModel() {
        try (InputStream in = StanceClassifier.class.getResourceAsStream(TITLE_MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("title stance model " + TITLE_MODEL_RESOURCE + " not on the classpath");
            }
            return TitleStanceModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the title stance model", e);
        }
    }

    /**
     * As {@link #load(SentenceEncoder)}, with a body model file instead of the committed one: the story report
     * evaluation runs the service on a model trained without the rumours it ingests. The committed title model
     * reads headline-only articles (it takes the body model's probabilities as features; they were the committed
     * body model's in its training).
     */
    public static StanceClassifier load(SentenceEncoder miniLmEncoder, java.nio.file.Path modelFile) {
        try (InputStream in = java.nio.file.Files.newInputStream(modelFile)) {
            return create(StanceModel.read(in), loadTitleModel(), miniLmEncoder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stance model " + modelFile, e);
        }
    }

    /**
     * For training and evaluation, which put a cache in front of the encoder: the body model alone, which reads
     * headline-only articles too (as the product did before the title model).
     */
    public static StanceClassifier create(StanceModel model, SentenceEncoder encoder) {
        return create(model, encoder, true);
    }

    /**
     * The body model alone (no title model).
     * @param explicitRules whether the {@link ExplicitDenial} and {@link ExplicitAffirmation} rules may
     *                      override the trees (on in the product; off only to measure the trees alone)
     */
    public static StanceClassifier create(StanceModel model, SentenceEncoder encoder, boolean explicitRules) {
        return create(model, null, encoder, explicitRules);
    }

    /** @param titleModel reads headline-only articles; null to read them with the body model */
    public static StanceClassifier create(StanceModel model, TitleStanceModel titleModel, SentenceEncoder encoder,
                                          boolean explicitRules) {
        StancePipeline pipeline = new StancePipeline(TextAnalysis.shared().preloadSentences(), encoder, model.idf());
        return new StanceClassifier(pipeline, model.trees(), titleModel, explicitRules);
    }

    /**
     * @param claim the claim, a short statement
     * @param title the text's title, or null; it informs the stance but is never evidence
     * @param text  the text (article body); evidence offsets point into it
     */
    public StanceResult classify(String claim, String title, String text) {
        Objects.requireNonNull(claim, "claim");
        if (claim.isBlank()) {
            throw new IllegalArgumentException("claim is blank");
        }
        if (text == null || text.isBlank()) {
            return new StanceResult(Stance.UNRELATED, 1.0, List.of());
        }
        return classify(pipeline.analyzeClaim(claim), pipeline.analyzeArticle(title, text));
    }

    /**
     * The trees decide, by best expected FNC-1 score; then, if the text is related and one of the
     * sentences closest to the claim denies it outright, the stance is DENIES (see {@link ExplicitDenial});
     * if the trees said DISCUSSES but the closest sentence states the claim plainly, SUPPORTS
     * (see {@link ExplicitAffirmation}). A headline-only article ({@link AnalyzedArticle#isHeadlineOnly()}) is read
     * by the title model instead, when this classifier has one (see {@link #classifyHeadline}).
     */
    public StanceResult classify(AnalyzedClaim claim, AnalyzedArticle article) {
        double[] p = trees.probabilities(StanceFeatures.compute(claim, article));
        if (titleModel != null && article.isHeadlineOnly()) {
            return classifyHeadline(claim, article, p);
        }
        Stance stance = StanceDecision.decide(p);
        double confidence = p[stance.ordinal()];
        double[] relevance = StanceFeatures.relevance(claim, article);
        int denial = -1;
        if (explicitRules && stance.isRelated() && stance != Stance.DENIES) {
            denial = ExplicitDenial.find(claim, article, relevance);
            if (denial >= 0) {
                stance = Stance.DENIES;
                // The rule is sure of the wording, not of the pairing: as sure as the model is of relatedness.
                confidence = Math.max(p[Stance.DENIES.ordinal()], 1 - p[Stance.UNRELATED.ordinal()]);
            } else if (stance == Stance.DISCUSSES && ExplicitAffirmation.find(claim, article, relevance) >= 0) {
                stance = Stance.SUPPORTS;
                confidence = Math.max(p[Stance.SUPPORTS.ordinal()], 1 - p[Stance.UNRELATED.ordinal()]);
            }
        }
        return new StanceResult(stance, confidence, evidence(stance, claim, article, relevance, denial));
    }

    /**
     * A headline alone: the body model decides whether it is related (its UNRELATED decision stands, as for a body);
     * if it is, the title model picks SUPPORTS, DENIES or DISCUSSES from the headline's cues and the body model's
     * probabilities. The confidence is the title model's probability times the body model's probability that the
     * pair is related. The explicit rules are among the title model's features, not overrides (see
     * {@link TitleStanceFeatures}).
     */
    private StanceResult classifyHeadline(AnalyzedClaim claim, AnalyzedArticle article, double[] bodyProbability) {
        Stance related = StanceDecision.decide(bodyProbability);
        double relatedness = 1 - bodyProbability[Stance.UNRELATED.ordinal()];
        if (!related.isRelated()) {
            return new StanceResult(Stance.UNRELATED, bodyProbability[Stance.UNRELATED.ordinal()], List.of());
        }
        double[] q = titleModel.probabilities(TitleStanceFeatures.compute(claim, article, bodyProbability));
        Stance stance = Stance.SUPPORTS;
        for (int c = 1; c < TitleStanceModel.CLASSES; c++) {
            if (q[c] > q[stance.ordinal()]) {
                stance = Stance.values()[c];
            }
        }
        double[] relevance = StanceFeatures.relevance(claim, article);
        return new StanceResult(stance, q[stance.ordinal()] * relatedness, evidence(stance, claim, article, relevance, -1));
    }

    public StancePipeline pipeline() {
        return pipeline;
    }

    /**
     * The in-text sentences closest to the claim; for DENIES the closest one carrying a refuting or
     * negating cue goes first, since that is the sentence a reader needs to see.
     */
    static List<Evidence> evidence(Stance stance, AnalyzedClaim claim, AnalyzedArticle article, double[] relevance,
                                   int denialSentence) {
        if (stance == Stance.UNRELATED) {
            return List.of();
        }
        List<Integer> inText = new ArrayList<>();
        for (int i : StanceFeatures.ranked(relevance)) {
            if (article.sentences.get(i).isInText()) {
                inText.add(i);
            }
        }
        if (inText.isEmpty()) {
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        if (denialSentence >= 0 && article.sentences.get(denialSentence).isInText()) {
            chosen.add(denialSentence);
        } else if (stance == Stance.DENIES) {
            for (int r = 0; r < Math.min(DENIAL_SEARCH_DEPTH, inText.size()); r++) {
                int[] cues = article.cues[inText.get(r)];
                if (cues[AnalyzedArticle.REFUTE] > 0 || cues[AnalyzedArticle.DENIAL_PHRASE] > 0
                        || cues[AnalyzedArticle.NEGATION] > 0) {
                    chosen.add(inText.get(r));
                    break;
                }
            }
        }
        double top = relevance[inText.get(0)];
        for (int i : inText) {
            if (chosen.size() >= MAX_EVIDENCE) {
                break;
            }
            if (chosen.contains(i)) {
                continue;
            }
            if (!chosen.isEmpty() && relevance[i] < top - EVIDENCE_MARGIN) {
                break;
            }
            chosen.add(i);
        }
        List<Evidence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            TextSpan s = article.sentences.get(i);
            out.add(new Evidence(s.text(), s.start(), s.end()));
        }
        return out;
    }
}
