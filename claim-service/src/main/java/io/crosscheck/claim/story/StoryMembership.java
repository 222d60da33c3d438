package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.claim.persistence.StoryKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Takes an article out of its story, as a removal (the article deleted or re-analysed) and a split (the article moves
 * to the new story) both do: what the story keeps of it goes, and its claims leave their groups. What becomes of the
 * claims and the groups left is the caller's: a removal deletes the claims, a split files them into the new story.
 */
@ApplicationScoped
public class StoryMembership {

    private final ArticlePositionRepository positions;
    private final StoryKeyRepository storyKeys;

    public StoryMembership(ArticlePositionRepository positions, StoryKeyRepository storyKeys) {
        this.positions = positions;
        this.storyKeys = storyKeys;
    }

    /**
     * Subtracts the article's centroid and terms from the story's sums, removes its keys from the story, takes its
     * claims out of their groups and drops its readings toward the story's groups (the lead and headline groups it was
     * read toward without a claim in them too). Runs in the caller's transaction, under the story's row lock.
     *
     * @param story the article's story ({@code article.storyId}), or null if it is gone (its keys are still removed)
     * @return the groups the article left, to refresh
     */
    public Set<UUID> detach(Story story, ReceivedArticle article, List<StoredClaim> claims) {
        if (story != null) {
            story.addCentroid(article.centroid, -1);
            story.addTerms(article.terms(), -1);
        }
        storyKeys.remove(article.storyId, StoryAssigner.keysOf(article, claims));
        Set<UUID> left = new LinkedHashSet<>();
        for (StoredClaim claim : claims) {
            if (claim.groupId != null) {
                left.add(claim.groupId);
                claim.groupId = null;
            }
        }
        left.addAll(positions.groupIdsOfArticle(article.articleId));
        positions.deleteOfArticle(article.articleId);
        article.storyId = null;
        return left;
    }
}
