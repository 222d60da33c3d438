package io.crosscheck.claim.engine;

import io.crosscheck.nlp.embed.MiniLmSentenceEncoder;
import io.crosscheck.nlp.embed.SentenceEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised), run by ONNX Runtime from the model inside its Maven Central jar:
 * about 3 ms a sentence on one core, no download at run time. One ONNX session serves both the claim
 * embeddings (stories, groups, claim check) and the stance engine.
 *
 * <p>Embeddings are most of an article's analysis cost, and the same sentence is often embedded twice: once
 * by the stance engine's pass over the text and once as a claim stated in a whole sentence. A small cache of
 * recent sentences (exact text) lets the second use the first's vector.
 */
@ApplicationScoped
public class SentenceEncoderEngine implements SentenceEncoder {

    /** About 1.5 KB a vector: 4,096 recent sentences, some 6 MB, cover the articles being analysed. */
    private static final int CACHED_SENTENCES = 4096;

    private final MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_SENTENCES;
        }
    };

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] vectors = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        synchronized (recent) {
            for (int i = 0; i < sentences.size(); i++) {
                vectors[i] = recent.get(sentences.get(i));
                if (vectors[i] == null) {
                    missing.add(sentences.get(i));
                    missingAt.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = encoder.encode(missing);
            synchronized (recent) {
                for (int j = 0; j < computed.length; j++) {
                    vectors[missingAt.get(j)] = computed[j];
                    recent.put(missing.get(j), computed[j]);
                }
            }
        }
        return vectors;
    }
}
