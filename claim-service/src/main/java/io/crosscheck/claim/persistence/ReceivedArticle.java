package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.story.TermVector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article as the claim-service received it, with the state of its analysis. */
@Entity
@Table(name = "analysed_article")
public class ReceivedArticle extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    public String title;

    public String text;

    public String source;

    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "article_version")
    public long articleVersion;

    @Enumerated(EnumType.STRING)
    public AnalysisStatus status;

    public String extractor;

    public String error;

    public int attempts;

    @Column(name = "story_id")
    public UUID storyId;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "analysed_at")
    public Instant analysedAt;

    /** The mean of its sentences' MiniLM vectors, added to its story's centroid sum; null before V3. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public float[] centroid;

    /** Its heaviest TF-IDF terms, added to its story's term sum (and taken away when it leaves); null before V6. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "terms")
    public String[] terms;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "term_weights")
    public float[] termWeights;

    public TermVector terms() {
        return TermVector.stored(terms, termWeights);
    }

    public void setTerms(TermVector vector) {
        terms = vector.isEmpty() ? null : vector.terms();
        termWeights = vector.isEmpty() ? null : vector.weights();
    }

    /** MinHash signature of its text's shingles ({@code io.crosscheck.nlp.origin.TextSignature}); null before V7. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "origin_signature")
    public int[] originSignature;

    /** The news agency its text credits ({@code io.crosscheck.nlp.origin.WireCredit}'s id), or null. */
    @Column(name = "wire_agency")
    public String wireAgency;

    /** When the article was published, or else when it reached us: the time stories are grouped by. */
    public Instant effectiveTime() {
        return publishedAt != null ? publishedAt : receivedAt;
    }
}
