package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.extract.Polarity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The claim groups of the stories. */
@ApplicationScoped
public class ClaimGroupRepository implements PanacheRepositoryBase<ClaimGroup, UUID> {

    /** A group's statement as new claims are compared with it: plain values, not an entity to snapshot and flush. */
    public record Statement(UUID id, String text, Polarity polarity, float[] embedding) {
    }

    /** The story's groups, oldest first. */
    public List<ClaimGroup> ofStory(UUID storyId) {
        return list("storyId = ?1 order by createdAt", storyId);
    }

    /**
     * The story's groups that most of its articles speak to: most member articles first (two at least), the older
     * first on a tie. Counted by members only, not by readings, so that reading articles toward a lead group does
     * not keep it in the lead.
     */
    public List<UUID> leadGroupIds(UUID storyId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select g.id from ClaimGroup g where g.storyId = :story and g.memberArticles >= 2
                        order by g.memberArticles desc, g.createdAt""", UUID.class)
                .setParameter("story", storyId).setMaxResults(limit).getResultList();
    }

    /** The story's headline group, if it has one ({@link ClaimGroup#headline}). */
    public Optional<ClaimGroup> headlineOf(UUID storyId) {
        return find("storyId = ?1 and headline = true", storyId).firstResultOptional();
    }

    /**
     * The statements of the story's groups that claims join, oldest first: not its headline group, which is only
     * read toward (a headline close to several of the story's facts would take in the claims of all of them).
     */
    public List<Statement> statementsOfStory(UUID storyId) {
        return getEntityManager().createQuery("""
                        select g.id, g.statement, g.polarity, g.embedding from ClaimGroup g
                        where g.storyId = :story and g.headline = false order by g.createdAt""", Object[].class)
                .setParameter("story", storyId).getResultList().stream()
                .map(r -> new Statement((UUID) r[0], (String) r[1], (Polarity) r[2], (float[]) r[3])).toList();
    }

    public List<ClaimGroup> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public long countContested(UUID storyId) {
        return count("storyId = ?1 and status = ?2", storyId, GroupStatus.CONTESTED);
    }
}
