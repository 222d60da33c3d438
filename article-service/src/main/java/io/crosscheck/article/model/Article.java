package io.crosscheck.article.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A stored article. New rows are inserted by {@code ArticleRepository#insertIfAbsent} (dedup by constraint). */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "original_html")
    public String originalHtml;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_key", nullable = false)
    public String sourceKey;

    public String url;

    public String author;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking: an update carrying an older version is refused with 409. */
    @Version
    public long version;

    public static Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public static Optional<Article> findBySourceAndHash(String sourceKey, String contentHash) {
        return find("sourceKey = ?1 and contentHash = ?2", sourceKey, contentHash).firstResultOptional();
    }

    @PrePersist
    void onCreate() {
        createdAt = createdAt == null ? Instant.now() : createdAt;
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
