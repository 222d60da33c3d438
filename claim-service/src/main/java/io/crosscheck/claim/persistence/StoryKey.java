package io.crosscheck.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of the inverted index from entity/term keys to stories; weight = articles of the story with the key. */
@Entity
@Table(name = "story_key")
@IdClass(StoryKey.Pk.class)
public class StoryKey extends PanacheEntityBase {

    @Id
    public String key;

    @Id
    @Column(name = "story_id")
    public UUID storyId;

    public int weight;

    public static class Pk implements Serializable {
        public String key;
        public UUID storyId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Pk other && Objects.equals(key, other.key) && Objects.equals(storyId, other.storyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, storyId);
        }
    }
}
