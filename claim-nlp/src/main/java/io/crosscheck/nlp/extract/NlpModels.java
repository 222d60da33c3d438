package io.crosscheck.nlp.extract;

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

/**
 * The OpenNLP English UD models. Models are immutable and shared; the ME wrappers keep per-call state and are not
 * thread-safe, so every thread gets its own through a ThreadLocal (cheap: they only reference the shared model).
 */
final class NlpModels {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_MAXENT_ARTIFACT = "pos.model";

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    NlpModels() {
        SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel posModel = greedy(load(POS_MODEL, POSModel::new));
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
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
