package io.crosscheck.claim.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import io.crosscheck.claim.extract.Polarity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    public static List<ClaimGroup> ofStory(UUID storyId) {
        return list("storyId = ?1 order by createdAt", storyId);
    }

    /**
     * The story's groups loaded read-only: a new article is compared with all of them but changes few, and
     * Hibernate would otherwise snapshot and dirty-check every statement and embedding at flush. Make the ones
     * to change modifiable first ({@code Session.setReadOnly(group, false)}).
     */
    public static List<ClaimGroup> ofStoryReadOnly(UUID storyId) {
        return find("storyId = ?1 order by createdAt", storyId)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }
}
