package io.crosscheck.article.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An article change the claim-service has not yet acknowledged. Written in the same transaction as the
 * change itself, deleted after delivery: a crash between the two can only cause a repeat, never a loss.
 */
@Entity
@Table(name = "article_outbox")
public class OutboxEvent extends PanacheEntityBase {

    public enum Type { UPSERTED, DELETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public Type type;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    public static OutboxEvent of(UUID articleId, Type type) {
        OutboxEvent event = new OutboxEvent();
        event.articleId = articleId;
        event.type = type;
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt;
        return event;
    }
}
