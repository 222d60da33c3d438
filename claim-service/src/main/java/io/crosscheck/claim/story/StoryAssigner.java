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
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        this.matcher = new StoryMatcher(config.stories().minSimilarity(), config.stories().minCentroidSimilarity(),
                config.stories().strongKeySimilarity(), config.stories().minCentroidSimilarityWithStrongEvidence());
    }

    /** Stores the article's (new, not yet persisted) claims with their groups; runs in the filing transaction. */
    public void assign(ReceivedArticle article, List<StoredClaim> claims, AnalyzedArticle stanceView) {
        stories.lockAssignment();
        Set<String> keys = keysOf(article, claims);
        article.centroid = stanceView == null ? null : stanceView.centroid();
        Story story = bestStory(article, keys, claims).map(stories::findById)
                .orElseGet(() -> stories.open(article.title, article.effectiveTime()));
        story.addCentroid(article.centroid, 1);
        UUID storyId = story.id;
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
        Story story = stories.findById(storyId);
        if (story != null) {
            story.addCentroid(article.centroid, -1);
        }
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

    private Optional<UUID> bestStory(ReceivedArticle article, Set<String> keys, List<StoredClaim> claims) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Duration window = Duration.ofDays(config.stories().windowDays());
        Instant time = article.effectiveTime();
        var shared = storyKeys.sharedKeys(keys, time.minus(window), time.plus(window));
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Double> keyScores = matcher.qualifying(keys, shared, storyKeys.storyFrequency(keys), stories.count());
        Map<UUID, Double> cosines = matcher.cosines(keyScores.keySet(), article.centroid,
                stories.centroidSums(keyScores.keySet()));
        Set<UUID> sharingAFact = new HashSet<>();
        keyScores.forEach((story, score) -> {
            if (matcher.needsASharedFact(score, cosines.get(story)) && statesAFactOf(story, claims)) {
                sharingAFact.add(story);
            }
        });
        Optional<UUID> chosen = matcher.choose(keyScores, cosines, sharingAFact);
        if (Log.isDebugEnabled()) {
            // Why an article joined a story or opened its own: the figures the gates were set from.
            keyScores.forEach((story, score) -> Log.debugf("article %s, story %s: key score %.3f, centroid cosine %.3f%s%s",
                    article.articleId, story, score, cosines.get(story),
                    sharingAFact.contains(story) ? " (a shared fact)" : "", chosen.filter(story::equals).isPresent() ? " (joined)" : ""));
        }
        return chosen;
    }

    /** Whether one of the article's check-worthy claims states a fact of the story, as the claim grouping compares them. */
    private boolean statesAFactOf(UUID storyId, List<StoredClaim> claims) {
        List<ClaimGrouper.Candidate> statements = groups.statementsOfStory(storyId).stream()
                .map(ClaimGrouper.Candidate::of).toList();
        return claims.stream()
                .filter(c -> c.embedding != null && c.checkworthiness >= config.groups().minCheckworthiness())
                .anyMatch(c -> ClaimGrouper.closest(c, statements, config.stories().sharedFactSimilarity()) != null);
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
