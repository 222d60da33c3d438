package io.crosscheck.nlp.story;

import io.crosscheck.nlp.embed.Vectors;

/**
 * What ties an article to a candidate story, as the story model reads it.
 *
 * @param termCosine     cosine of the article's {@link TermVector} with the story's sum
 * @param centroidCosine cosine of the article's MiniLM centroid with the story's (normalised) centroid sum
 * @param keyScore       the idf-weighted share of the article's entity and title keys the story holds
 */
public record StoryEvidence(double termCosine, double centroidCosine, double keyScore) {

    /**
     * The evidence as the claim-service files an article and nlp-tools' TrainStoryModel learns from it: one
     * computation for both, so that the model is learnt on the figures it is later given.
     *
     * @param articleTerms    the article's {@link TermVector}
     * @param articleCentroid the article's MiniLM centroid, or null (filed before V3)
     * @param storyTerms      the story's term sum
     * @param storyCentroidSum the sum of the story's articles' centroids, or null
     * @param keyScore        the story's {@link StoryKeys#score key score}
     */
    public static StoryEvidence of(TermVector articleTerms, float[] articleCentroid, TermVector storyTerms,
                                   float[] storyCentroidSum, double keyScore) {
        return new StoryEvidence(storyTerms.cosineWithArticle(articleTerms),
                centroidCosine(articleCentroid, storyCentroidSum), keyScore);
    }

    /**
     * The cosine between the article's centroid and a story's centroid sum, taken by direction (a sum is as long as
     * its story is big); 0 when either is missing or of another length.
     */
    public static double centroidCosine(float[] articleCentroid, float[] storySum) {
        boolean known = articleCentroid != null && storySum != null && storySum.length == articleCentroid.length;
        return known ? Vectors.cosine(articleCentroid, Vectors.normalize(storySum)) : 0;
    }

    /** The value of a feature by the name a {@link StoryModel} file gives it. */
    public double feature(String name) {
        return switch (name) {
            case "terms" -> termCosine;
            case "centroid" -> centroidCosine;
            case "keys" -> keyScore;
            default -> throw new IllegalArgumentException("no story feature named " + name);
        };
    }
}
