package io.crosscheck.nlp.embed;

/** Dense-vector helpers for the unit-length vectors a {@link SentenceEncoder} gives. */
public final class Vectors {
    private Vectors() {
    }

    /** The vector scaled to unit length; a zero vector stays zero. */
    public static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        if (norm == 0) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * Cosine of two unit vectors (their dot product); 0 when either is missing or they differ in length, as a
     * stored claim without an embedding (or from another model) is similar to nothing.
     */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        return dot(a, b);
    }

    /** Normalised mean of the given unit vectors: the "centroid" direction of a whole text. */
    public static float[] centroid(float[][] vectors) {
        if (vectors.length == 0) {
            return null;
        }
        float[] sum = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return normalize(sum);
    }
}
