package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.extract.Polarity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;

/** Claims of one story that state the same fact. {@code statement} is the fact as first affirmed. */
@Entity
@Table(name = "claim_group")
public class ClaimGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public UUID storyId;

    public String statement;

    @Enumerated(EnumType.STRING)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    public GroupStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public float[] embedding;

    @Column(name = "created_at")
    public Instant createdAt;

    /** How many articles have a claim in the group (V8): what makes it one of its story's lead groups. */
    @Column(name = "member_articles")
    public int memberArticles;

    /**
     * The story's headline group (V9): stated by a title, read by every article of the story, kept while it has
     * readings even without a member claim.
     */
    public boolean headline;
}
