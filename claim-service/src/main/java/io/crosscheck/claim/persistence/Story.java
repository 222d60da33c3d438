package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.crosscheck.nlp.story.TermVector;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;

/** Articles about one event. Counts and dates are kept up to date as articles join and leave. */
@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "article_count")
    public int articleCount;

    @Column(name = "contested_count")
    public int contestedCount;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "last_published_at")
    public Instant lastPublishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The sum of its articles' MiniLM centroids (null when none had one); see V3__story_centroids.sql. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "centroid_sum")
    public float[] centroidSum;

    /** Adds (sign 1) or takes away (sign -1) an article's centroid. */
    public void addCentroid(float[] articleCentroid, int sign) {
        if (articleCentroid == null) {
            return;
        }
        float[] sum = centroidSum == null || centroidSum.length != articleCentroid.length
                ? new float[articleCentroid.length] : centroidSum.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += sign * articleCentroid[i];
        }
        centroidSum = sum;  // a new array, so that Hibernate sees the change
    }

    /**
     * The sum of its articles' TF-IDF term vectors, cut to its heaviest terms; see V6__story_terms.sql. Loaded only
     * when filing reads it (up to 1,000 terms: story lists and reports need none of it).
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "terms")
    public String[] terms;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "term_weights")
    public float[] termWeights;

    /** The term sum (empty for a story filed before V6 until an article joins it). */
    public TermVector termSum() {
        return TermVector.stored(terms, termWeights);
    }

    /** Adds (sign 1) or takes away (sign -1) an article's term vector, or another story's sum. */
    public void addTerms(TermVector vector, int sign) {
        if (vector.isEmpty()) {
            return;
        }
        TermVector sum = termSum().plus(vector, sign, TermVector.STORY_TERMS);
        terms = sum.terms();
        termWeights = sum.weights();
    }

    /** Bumped on every change to the story's articles, groups or positions; keys the report cache. */
    public long revision;
}
