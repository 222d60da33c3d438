package io.crosscheck.claim.persistence;

import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stored claims: an article's, a group's members, and the claim check's full-text candidates. */
@ApplicationScoped
public class StoredClaimRepository implements PanacheRepositoryBase<StoredClaim, UUID> {

    public List<StoredClaim> ofArticle(UUID articleId) {
        return list("articleId = ?1 order by ordinal", articleId);
    }

    /** What judging a group reads of each member; not the embedding, entities or times. */
    private static final String MEMBER_COLUMNS = "select c.id, c.articleId, c.groupId, c.ordinal, c.sentence, "
            + "c.claimantName, c.claimantRole, c.attribution, c.cue, c.polarity, c.hedged, c.checkworthiness, c.quantities, "
            + "c.text from StoredClaim c ";

    /**
     * The members of the groups, as detached copies holding only what judging a group reads. The report and the
     * group refresh read thousands of members; as managed entities each would be snapshot, decoded in full and
     * walked by every flush of the transaction.
     */
    public List<StoredClaim> membersOf(Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(MEMBER_COLUMNS + "where c.groupId in :groups", Object[].class)
                .setParameter("groups", groupIds).getResultList().stream().map(StoredClaimRepository::member).toList();
    }

    /** The members of every group of the story, in article and reading order (detached copies as above). */
    public List<StoredClaim> membersOfStory(UUID storyId) {
        return getEntityManager().createQuery(MEMBER_COLUMNS
                        + "where c.groupId in (select g.id from ClaimGroup g where g.storyId = :story) order by c.articleId, c.ordinal",
                        Object[].class)
                .setParameter("story", storyId).getResultList().stream().map(StoredClaimRepository::member).toList();
    }

    @SuppressWarnings("unchecked")
    private static StoredClaim member(Object[] row) {
        StoredClaim claim = new StoredClaim();
        claim.id = (UUID) row[0];
        claim.articleId = (UUID) row[1];
        claim.groupId = (UUID) row[2];
        claim.ordinal = (Integer) row[3];
        claim.sentence = (String) row[4];
        claim.claimantName = (String) row[5];
        claim.claimantRole = (String) row[6];
        claim.attribution = (Attribution) row[7];
        claim.cue = (String) row[8];
        claim.polarity = (Polarity) row[9];
        claim.hedged = (Boolean) row[10];
        claim.checkworthiness = (Double) row[11];
        claim.quantities = (List<Quantity>) row[12];
        claim.text = (String) row[13];
        return claim;
    }

    public void deleteOfArticle(UUID articleId) {
        delete("articleId", articleId);
    }

    /**
     * The ids of the claims whose words best match the query ({@code to_tsquery} syntax, over the claim's text
     * index), best first.
     */
    public List<UUID> searchIds(String tsQuery, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT id FROM claim WHERE search @@ to_tsquery('english', :query)
                        ORDER BY ts_rank(search, to_tsquery('english', :query)) DESC LIMIT :limit""", UUID.class)
                .setParameter("query", tsQuery).setParameter("limit", limit).getResultList();
        return ids;
    }

    /** The same search among the claims of the given stories' articles. */
    public List<UUID> searchIdsInStories(String tsQuery, Collection<UUID> storyIds, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT c.id FROM claim c JOIN analysed_article a ON a.article_id = c.article_id
                        WHERE a.story_id IN (:stories) AND c.search @@ to_tsquery('english', :query)
                        ORDER BY ts_rank(c.search, to_tsquery('english', :query)) DESC LIMIT :limit""", UUID.class)
                .setParameter("stories", storyIds).setParameter("query", tsQuery).setParameter("limit", limit)
                .getResultList();
        return ids;
    }

    /** The claims' embeddings in one query (the entity loads them lazily, one query each). */
    public Map<UUID, float[]> embeddingsOf(Collection<UUID> ids) {
        Map<UUID, float[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        getEntityManager().createQuery("select c.id, c.embedding from StoredClaim c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> out.put((UUID) row[0], (float[]) row[1]));
        return out;
    }

    /** Moves every member of group {@code from} into group {@code into}. */
    public void moveMembers(UUID from, UUID into) {
        getEntityManager().flush();
        update("groupId = ?1 where groupId = ?2", into, from);
    }

    public List<StoredClaim> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
