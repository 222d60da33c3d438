package io.crosscheck.nlp.story;

/**
 * What ties an article to a candidate story, as the story model reads it.
 *
 * @param termCosine     cosine of the article's {@link TermVector} with the story's sum
 * @param centroidCosine cosine of the article's MiniLM centroid with the story's (normalised) centroid sum
 * @param keyScore       the idf-weighted share of the article's entity and title keys the story holds
 */
public record StoryEvidence(double termCosine, double centroidCosine, double keyScore) {

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
