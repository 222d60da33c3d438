package io.crosscheck.nlp.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** all-MiniLM-L6-v2 (quantized, in-process ONNX Runtime): ~3 ms a sentence on one core. Thread-safe. */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final SingleThreadedMiniLm model = new SingleThreadedMiniLm();

    @Override
    public float[][] encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            // langchain4j rejects text with nothing to embed; such a "sentence" carries no meaning anyway.
            segments.add(TextSegment.from(hasWord(s) ? s : "."));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Vectors.normalize(embeddings.get(i).vector());
        }
        return vectors;
    }

    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The model and tokenizer of langchain4j's {@link AllMiniLmL6V2QuantizedEmbeddingModel} (same files, same
     * pooling: the same vectors to the last bit), on an ONNX session that runs each sentence on the calling thread
     * and does not spin. The stock session gives every inference a pool of spinning threads, one per core; with
     * sentences already embedded in parallel, and two articles prepared at once, those threads fought for the two
     * cores: 1.5-2x slower per sentence measured here.
     */
    private static final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {
        private static final ExecutorService SENTENCES = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread thread = new Thread(runnable, "minilm");
                    thread.setDaemon(true);
                    return thread;
                });

        private final OnnxBertBiEncoder encoder;

        SingleThreadedMiniLm() {
            super(SENTENCES);
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the MiniLM model", e);
            } catch (OrtException e) {
                throw new IllegalStateException("Cannot start the MiniLM ONNX session", e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("MiniLM resource not on the classpath: " + name);
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
