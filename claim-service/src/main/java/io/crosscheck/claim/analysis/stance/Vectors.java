package io.crosscheck.claim.analysis.stance;

/** Small dense-vector helpers. */
final class Vectors {
    private Vectors() {
    }

    static float[] normalize(float[] v) {
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

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Normalised mean of the given unit vectors: the "centroid" direction of a whole text. */
    static float[] centroid(float[][] vectors) {
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
