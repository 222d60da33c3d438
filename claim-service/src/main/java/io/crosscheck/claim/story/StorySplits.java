package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.claim.persistence.StoryKeyRepository;
import io.crosscheck.claim.persistence.StoryRepository;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.StorySplitter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Splits a story that turned out to be two events. Filing compares each article with whole stories, so articles can
 * chain two events into one story and no later article undoes it; after each filing the story's articles are
 * clustered ({@link StorySplitter}) and, when a second event shows, its articles move to a new story. The old id
 * stays on the larger part; both reports name the split ({@code splits}).
 *
 * <p>The articles that move take their keys, centroids and terms with them, leave the old story's claim groups (a
 * group left without members goes) and are filed into the new story's groups as a new article is, their claims kept.
 * Runs in the filing transaction, under the old story's row lock; the new story is the transaction's own until commit.
 */
@ApplicationScoped
public class StorySplits {

    private final ClaimGrouper grouper;
    private final StoryMembership membership;
    private final StoryRepository stories;
    private final StoryKeyRepository storyKeys;
    private final ReceivedArticleRepository articles;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final StorySplitter splitter;

    public StorySplits(ClaimServiceConfig config, ClaimGrouper grouper, StoryMembership membership,
                       StoryRepository stories, StoryKeyRepository storyKeys, ReceivedArticleRepository articles,
                       ClaimGroupRepository groups, StoredClaimRepository storedClaims, StoryModel model) {
        this.grouper = grouper;
        this.membership = membership;
        this.stories = stories;
        this.storyKeys = storyKeys;
        this.articles = articles;
        this.groups = groups;
        this.storedClaims = storedClaims;
        // Articles cluster from the probability at which an article joins a story: the same rule, read within one.
        this.splitter = new StorySplitter(model, model.threshold(), config.stories().splitMaxCrossProbability(),
                config.stories().splitMinPart());
    }

    /**
     * Splits the story if its articles are two events; answers the new story's id. Both stories' counts and titles
     * are the caller's to refresh.
     */
    public Optional<UUID> splitIfTwo(UUID storyId) {
        Story from = stories.findById(storyId);
        if (splitter.maxCrossProbability() <= 0 || from == null || !checkedAt(from.articleCount)) {
            return Optional.empty();
        }
        articles.flush();  // the article just filed is one of the members read
        List<StorySplitter.Member<UUID>> members = articles.splitMembersOf(storyId, CHECKED_ARTICLES);
        Optional<StorySplitter.Split<UUID>> split = splitter.split(members);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<ReceivedArticle> moving = articles.oldestFirst(split.get().splitOff());
        UUID into = splitOff(from, moving);
        Log.infof("story %s split: %d of its %d articles are another event (cross probability %.3f), now story %s",
                storyId, moving.size(), members.size(), split.get().crossProbability(), into);
        return Optional.of(into);
    }

    /**
     * Whether a story of this many articles is checked at this filing: at every filing up to
     * {@value #CHECKED_AT_EVERY_FILING} articles, then at every (n / {@value #CHECKED_AT_EVERY_FILING})-th. The check
     * compares every pair of the story's articles, so its cost per filing stays about linear in the story's size.
     */
    static boolean checkedAt(int articleCount) {
        return articleCount % Math.max(1, articleCount / CHECKED_AT_EVERY_FILING) == 0;
    }

    static final int CHECKED_AT_EVERY_FILING = 100;

    /**
     * The latest articles of a story the check reads: an event chained on is among the latest arrivals, and the
     * check's work is bounded (it compares every pair). Older articles stay where they are.
     */
    static final int CHECKED_ARTICLES = 200;

    private UUID splitOff(Story from, List<ReceivedArticle> moving) {
        ReceivedArticle first = moving.get(0);
        Story into = stories.open(first.title, first.effectiveTime());
        Set<UUID> leftGroups = new LinkedHashSet<>();
        Map<ReceivedArticle, List<StoredClaim>> claimsOf = new LinkedHashMap<>();
        Set<String> movedTitles = new LinkedHashSet<>();
        for (ReceivedArticle article : moving) {
            List<StoredClaim> claims = storedClaims.ofArticle(article.articleId);
            leftGroups.addAll(membership.detach(from, article, claims));
            storyKeys.add(into.id, StoryAssigner.keysOf(article, claims));
            into.addCentroid(article.centroid, 1);
            into.addTerms(article.terms(), 1);
            article.storyId = into.id;
            claimsOf.put(article, claims);
            movedTitles.add(article.title);
        }
        StoredClaim.flush();
        // The old story's headline is the title of its first article: if that article left, the story's next filing
        // founds a headline of its own.
        groups.headlineOf(from.id).filter(headline -> movedTitles.contains(headline.statement)).ifPresent(headline -> {
            leftGroups.remove(headline.id);
            groups.delete(headline);
        });
        grouper.refresh(groups.byIds(leftGroups));
        claimsOf.forEach((article, claims) -> grouper.group(into.id, article, claims, null));
        stories.recordSplit(from.id, into.id, moving.size());
        return into.id;
    }
}
