package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    /** Bumped on every change to the story's articles, groups or positions; keys the report cache. */
    public long revision;
}
