package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.claim.persistence.StoryArticleRow;
import io.crosscheck.claim.persistence.StoryKeyRepository;
import io.crosscheck.claim.persistence.StoryRepository;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Puts an analysed article into the story about the same event, or opens one.
 *
 * <p>Candidates come from the {@code story_key} inverted index (stories sharing an entity or title term, within
 * the time window), never from comparing the article with every stored one; {@link StoryMatcher} scores them.
 * Assignment runs under a transaction-scoped advisory lock so that two replicas cannot open two stories for
 * the same event at the same moment.
 */
@ApplicationScoped
public class StoryAssigner {

    private final ClaimServiceConfig config;
    private final ClaimGrouper grouper;
    private final ArticlePositionRepository positions;
    private final StoryRepository stories;
    private final StoryKeyRepository storyKeys;
    private final ReceivedArticleRepository articles;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final StoryMatcher matcher;

    public StoryAssigner(ClaimServiceConfig config, ClaimGrouper grouper, ArticlePositionRepository positions,
                         StoryRepository stories, StoryKeyRepository storyKeys, ReceivedArticleRepository articles,
                         ClaimGroupRepository groups, StoredClaimRepository storedClaims) {
        this.config = config;
        this.grouper = grouper;
        this.positions = positions;
        this.stories = stories;
        this.storyKeys = storyKeys;
        this.articles = articles;
        this.groups = groups;
        this.storedClaims = storedClaims;
        this.matcher = new StoryMatcher(config.stories().minSimilarity());
    }

    /** Stores the article's (new, not yet persisted) claims with their groups; runs in the filing transaction. */
    public void assign(ReceivedArticle article, List<StoredClaim> claims, AnalyzedArticle stanceView) {
        stories.lockAssignment();
        Set<String> keys = keysOf(article, claims);
        UUID storyId = bestStory(article, keys)
                .orElseGet(() -> stories.open(article.title, article.effectiveTime()).id);
        article.storyId = storyId;
        storyKeys.add(storyId, keys);
        grouper.group(storyId, article, claims, stanceView);
        refreshStory(storyId);
    }

    /** Takes the article (whose claims are still stored) out of its story; the story is recomputed or dropped. */
    public void remove(ReceivedArticle article) {
        UUID storyId = article.storyId;
        if (storyId == null) {
            return;
        }
        stories.lockAssignment();
        List<StoredClaim> claims = storedClaims.ofArticle(article.articleId);
        storyKeys.remove(storyId, keysOf(article, claims));
        Set<UUID> groupIds = new LinkedHashSet<>();
        for (StoredClaim claim : claims) {
            if (claim.groupId != null) {
                groupIds.add(claim.groupId);
            }
            claim.delete();
        }
        article.storyId = null;
        StoredClaim.flush();
        positions.deleteOfArticle(article.articleId);
        if (!groupIds.isEmpty()) {
            grouper.refresh(groups.byIds(groupIds));
        }
        refreshStory(storyId);
    }

    static Set<String> keysOf(ReceivedArticle article, List<StoredClaim> claims) {
        List<Entity> entities = new ArrayList<>();
        for (StoredClaim claim : claims) {
            if (claim.entities != null) {
                entities.addAll(claim.entities);
            }
        }
        return StoryKeys.of(article.title, entities);
    }

    private Optional<UUID> bestStory(ReceivedArticle article, Set<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Duration window = Duration.ofDays(config.stories().windowDays());
        Instant time = article.effectiveTime();
        var shared = storyKeys.sharedKeys(keys, time.minus(window), time.plus(window));
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        return matcher.best(keys, shared, storyKeys.storyFrequency(keys), stories.count());
    }

    /** Counts, dates, representative title and contested count from the story's current articles and groups. */
    void refreshStory(UUID storyId) {
        Story story = stories.findById(storyId);
        if (story == null) {
            return;
        }
        articles.flush();  // the native query below must see the story ids just set on articles
        List<StoryArticleRow> current = articles.analysedInStory(storyId);
        if (current.isEmpty()) {
            stories.delete(story);
            return;
        }
        List<String> titles = current.stream().map(StoryArticleRow::title).toList();
        List<Instant> times = current.stream().map(StoryArticleRow::shownAt).toList();
        story.articleCount = current.size();
        story.firstPublishedAt = times.stream().min(Comparator.naturalOrder()).orElse(null);
        story.lastPublishedAt = times.stream().max(Comparator.naturalOrder()).orElse(null);
        story.title = titles.size() == 1 ? titles.get(0)
                : StoryMatcher.representativeTitle(titles, storyKeys.titleKeyWeights(storyId));
        story.contestedCount = (int) groups.countContested(storyId);
        story.updatedAt = Instant.now();
        story.revision++;
    }
}
