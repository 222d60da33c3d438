package io.crosscheck.nlp.tools.train;

import io.crosscheck.nlp.embed.SentenceEncoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every embedding computed during development in a file, so that re-running feature extraction
 * after a change costs seconds instead of the minutes that MiniLM needs for ~50,000 sentences.
 */
final class CachingSentenceEncoder implements SentenceEncoder {
    private final SentenceEncoder delegate;
    private final Path file;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private volatile boolean dirty;
    private static final int SAVE_EVERY = 5000;
    private final java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();

    CachingSentenceEncoder(SentenceEncoder delegate, Path file) throws IOException {
        this.delegate = delegate;
        this.file = file;
        if (file != null && Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    byte[] key = new byte[in.readInt()];
                    in.readFully(key);
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    cache.put(new String(key, StandardCharsets.UTF_8), v);
                }
            }
        }
    }

    @Override
    public float[][] encode(List<String> sentences) {
        List<String> missing = new ArrayList<>();
        for (String s : sentences) {
            if (!cache.containsKey(s)) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = delegate.encode(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), computed[i]);
            }
            dirty = true;
            if (added.addAndGet(missing.size()) >= SAVE_EVERY) {
                added.set(0);
                try {
                    save(); // a long first run keeps its progress if it fails later
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        float[][] out = new float[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = cache.get(sentences.get(i));
        }
        return out;
    }

    int size() {
        return cache.size();
    }

    synchronized void save() throws IOException {
        if (file == null || !dirty) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        dirty = false;
    }
}
