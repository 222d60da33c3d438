package io.crosscheck.claim.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * all-MiniLM-L6-v2 (quantised), run by ONNX Runtime from the model inside its Maven Central jar:
 * about 3 ms a sentence on one core, no download at run time.
 */
@ApplicationScoped
public class MiniLmSentenceEmbedder implements SentenceEmbedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return SentenceEmbedder.normalize(model.embed(sentence).content().vector());
    }
}
