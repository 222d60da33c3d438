package io.crosscheck.claim.model;

import io.crosscheck.claim.extract.Attribution;
import io.crosscheck.claim.extract.Entity;
import io.crosscheck.claim.extract.Polarity;
import io.crosscheck.claim.extract.Quantity;
import io.crosscheck.claim.extract.TimeMention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @JdbcTypeCode(SqlTypes.ARRAY)
    public float[] embedding;

    @Column(name = "group_id")
    public UUID groupId;

    public static List<StoredClaim> ofArticle(UUID articleId) {
        return list("articleId = ?1 order by ordinal", articleId);
    }
}
