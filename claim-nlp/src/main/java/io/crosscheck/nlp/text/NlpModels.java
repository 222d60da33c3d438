package io.crosscheck.nlp.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OpenNLP English UD models. Models are immutable and shared; the ME wrappers keep per-call state and are not
 * thread-safe, so every thread gets its own through a ThreadLocal (cheap: they only reference the shared model).
 */
final class NlpModels {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_MAXENT_ARTIFACT = "pos.model";

    private final Lazy<SentenceModel> sentenceModel = new Lazy<>(() -> load(SENTENCE_MODEL, SentenceModel::new));
    private final Lazy<TokenizerModel> tokenizerModel = new Lazy<>(() -> load(TOKEN_MODEL, TokenizerModel::new));
    private final Lazy<POSModel> posModel = new Lazy<>(() -> greedy(load(POS_MODEL, POSModel::new)));
    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel.get()));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel.get()));
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(posModel.get(), POSTagFormat.UD));

    /**
     * Each model is read on first use, once: the stance engine needs only the sentence model, the extraction all
     * three; the one {@link TextAnalysis#shared()} instance serves both.
     */
    NlpModels() {
    }

    /** Loads the sentence model now. */
    void loadSentenceModel() {
        sentenceModel.get();
    }

    /** Loads every model now (a service's start-up, so that the first request does not pay for it). */
    void loadAll() {
        sentenceModel.get();
        tokenizerModel.get();
        posModel.get();
    }

    SentenceDetectorME sentenceDetector() {
        return sentenceDetector.get();
    }

    TokenizerME tokenizer() {
        return tokenizer.get();
    }

    POSTaggerME tagger() {
        return tagger.get();
    }

    /**
     * The same maximum-entropy tagger decoded greedily (beam of 1) instead of the model's default beam of 3: the
     * beam triples the model evaluations per token, and tagging is most of the extraction's cost. On the seed
     * articles and the evaluation sets the two decodings give identical tags (checked when this was introduced;
     * the per-field evaluation test keeps guarding the extraction's output).
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_MAXENT_ARTIFACT);
        if (maxent == null) {
            return model;
        }
        return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
    }

    /** A value computed once, on first use, by whichever thread gets there first. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M extends BaseModel> M load(String resource, ModelReader<M> reader) {
        ClassLoader loader = NlpModels.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
        }
    }
}
