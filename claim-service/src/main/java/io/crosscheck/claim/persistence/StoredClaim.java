package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.extract.TimeMention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.List;
import java.util.UUID;

/** One extracted claim of a stored article (the contract's Claim), with its embedding and claim group. */
@jakarta.persistence.Entity
@Table(name = "claim")
public class StoredClaim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "article_id")
    public UUID articleId;

    public int ordinal;

    public String text;

    public String sentence;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    @Column(name = "claimant_name")
    public String claimantName;

    @Column(name = "claimant_role")
    public String claimantRole;

    @Enumerated(EnumType.STRING)
    public Attribution attribution;

    public String cue;

    @Enumerated(EnumType.STRING)
    public Polarity polarity;

    public boolean hedged;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> hedges;

    public double checkworthiness;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Entity> entities;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TimeMention> times;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Quantity> quantities;

    /**
     * Lazy: only grouping (in memory, before the claim is stored) and the claim check need it; the report and the
     * group refresh read thousands of members, and 384 floats each would be most of what they decode.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public float[] embedding;

    @Column(name = "group_id")
    public UUID groupId;

    /** A claim the extractor found, as the row that stores it (ordinal: its place in the article). */
    public static StoredClaim of(ExtractedClaim c, UUID articleId, int ordinal) {
        StoredClaim s = new StoredClaim();
        s.id = UUID.randomUUID();
        s.articleId = articleId;
        s.ordinal = ordinal;
        s.text = c.text();
        s.sentence = c.sentence();
        s.spanStart = c.span().start();
        s.spanEnd = c.span().end();
        s.claimantName = c.claimant() == null ? null : c.claimant().name();
        s.claimantRole = c.claimant() == null ? null : c.claimant().role();
        s.attribution = c.attribution();
        s.cue = c.cue();
        s.polarity = c.polarity();
        s.hedged = c.hedged();
        s.hedges = c.hedges();
        s.checkworthiness = c.checkworthiness();
        s.entities = c.entities();
        s.times = c.times();
        s.quantities = c.quantities();
        return s;
    }
}
