package io.crosscheck.nlp.story;

import io.crosscheck.nlp.embed.Vectors;
import java.util.Map;

/**
 * What ties an article to a candidate story, as the story model reads it.
 *
 * @param termCosine     cosine of the article's {@link TermVector} with the story's sum
 * @param centroidCosine cosine of the article's MiniLM centroid with the story's (normalised) centroid sum
 * @param keyScore       the idf-weighted share of the article's entity and title keys the story holds
 * @param nearestTermCosine the largest cosine of the article's terms with one of the story's articles' (its latest
 *                       {@value #NEAREST_ARTICLES}): a story's sum is its common account, and an article about one
 *                       turn of the event can be close to the articles that told that turn and far from the sum
 */
public record StoryEvidence(double termCosine, double centroidCosine, double keyScore, double nearestTermCosine) {

    /** The most recent articles of a story that {@link #nearestTermCosine} compares an article with. */
    public static final int NEAREST_ARTICLES = 200;

    /** The evidence without the story's articles compared one by one ({@link #nearestTermCosine} 0). */
    public StoryEvidence(double termCosine, double centroidCosine, double keyScore) {
        this(termCosine, centroidCosine, keyScore, 0);
    }

    /** The same evidence with the nearest article's term cosine. */
    public StoryEvidence withNearest(double nearest) {
        return new StoryEvidence(termCosine, centroidCosine, keyScore, nearest);
    }

    /**
     * The largest cosine of the article's terms with one of the given articles' (each as a one-article story): the
     * {@link #nearestTermCosine} of a story of those articles, one computation for the service and the trainer.
     */
    public static double nearestTermCosine(TermVector articleTerms, Iterable<TermVector> storyArticles) {
        double nearest = 0;
        Map<String, Double> article = articleTerms.asMap();
        for (TermVector other : storyArticles) {
            nearest = Math.max(nearest, other.cosineWithArticle(article));
        }
        return nearest;
    }

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
            case "nearest" -> nearestTermCosine;
            default -> throw new IllegalArgumentException("no story feature named " + name);
        };
    }
}
