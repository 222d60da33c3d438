package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.claim.persistence.StoryArticleRow;
import io.crosscheck.claim.persistence.StoryKeyRepository;
import io.crosscheck.claim.persistence.StoryRepository;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.crosscheck.nlp.story.StoryEvidence;
import io.crosscheck.nlp.story.StoryKeys;
import io.crosscheck.nlp.story.StoryModel;
import io.crosscheck.nlp.story.TermVector;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * the time window), never from comparing the article with every stored one; {@link StoryMatcher} judges them with
 * the learnt story model.
 * Assignment holds the locks of the article's story keys, then row locks on the stories it changes
 * ({@link StoryRepository#lockKeys}): two replicas cannot open two stories for one event at the same moment (its
 * articles share keys, so the second waits and then sees the first's story), and articles of different events
 * are filed in parallel. An article that belongs in two stories whose centroids are close merges them:
 * assignment would otherwise depend on arrival order (the bridging article arriving last), see {@link #merge}; a story
 * whose articles turn out to be two events is split ({@link StorySplits}).
 */
@ApplicationScoped
public class StoryAssigner {

    private final ClaimServiceConfig config;
    private final ClaimGrouper grouper;
    private final StoryMembership membership;
    private final StoryRepository stories;
    private final StoryKeyRepository storyKeys;
    private final ReceivedArticleRepository articles;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final StoryMatcher matcher;
    private final StorySplits splits;

    public StoryAssigner(ClaimServiceConfig config, ClaimGrouper grouper, StoryMembership membership,
                         StoryRepository stories, StoryKeyRepository storyKeys, ReceivedArticleRepository articles,
                         ClaimGroupRepository groups, StoredClaimRepository storedClaims, StorySplits splits,
                         StoryModel model) {
        this.config = config;
        this.grouper = grouper;
        this.membership = membership;
        this.stories = stories;
        this.storyKeys = storyKeys;
        this.articles = articles;
        this.groups = groups;
        this.storedClaims = storedClaims;
        this.splits = splits;
        this.matcher = new StoryMatcher(model, config.stories().maxCandidates(),
                config.stories().minCentroidSimilarity());
    }

    /** Stores the article's (new, not yet persisted) claims with their groups; runs in the filing transaction. */
    public void assign(ReceivedArticle article, List<StoredClaim> claims, AnalyzedArticle stanceView) {
        Set<String> keys = keysOf(article, claims);
        stories.lockKeys(keys);
        article.centroid = stanceView == null ? null : stanceView.centroid();
        TermVector terms = stanceView == null ? TermVector.EMPTY
                : TermVector.of(stanceView.termWeights(), TermVector.ARTICLE_TERMS);
        article.setTerms(terms);
        Admitted admitted = lockedAdmittedStories(article, keys, terms);
        Story story = admitted.best().map(stories::findById)
                .orElseGet(() -> stories.open(article.title, article.effectiveTime()));
        for (UUID other : admitted.sameEventAs(story.id, config.stories().mergeMinCentroidSimilarity())) {
            moveInto(story, other, "article " + article.articleId + " belongs to both (centroid cosine "
                    + admitted.cosine(story.id, other) + ")");
        }
        story.addCentroid(article.centroid, 1);
        story.addTerms(terms, 1);
        UUID storyId = story.id;
        article.storyId = storyId;
        storyKeys.add(storyId, keys);
        grouper.group(storyId, article, claims, stanceView);
        refreshStory(storyId);
        split(storyId);
    }

    /**
     * Splits the story if its articles turn out to be two events ({@link StorySplits}), and refreshes both; answers
     * the new story's id. Runs in the caller's transaction, under the story's row lock.
     */
    public Optional<UUID> split(UUID storyId) {
        stories.lockStories(Set.of(storyId));
        Optional<UUID> split = splits.splitIfTwo(storyId);
        split.ifPresent(newStory -> {
            refreshStory(storyId);
            refreshStory(newStory);
        });
        return split;
    }

    /** Takes the article (whose claims are still stored) out of its story; the story is recomputed or dropped. */
    public void remove(ReceivedArticle article) {
        UUID storyId = article.storyId;
        if (storyId == null) {
            return;
        }
        stories.lockStories(Set.of(storyId));
        List<StoredClaim> claims = storedClaims.ofArticle(article.articleId);
        Set<UUID> leftGroups = membership.detach(stories.findById(storyId), article, claims);
        claims.forEach(claim -> claim.delete());
        StoredClaim.flush();
        if (!leftGroups.isEmpty()) {
            grouper.refresh(groups.byIds(leftGroups));
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

    /**
     * The stories the article could join, best first, with their centroid sums. When it could join several whose
     * own centroids are as close as one story's articles are (see {@link #sameEventAs}), it shows that they are one.
     */
    record Admitted(List<UUID> stories, Map<UUID, float[]> centroidSums) {
        static final Admitted NONE = new Admitted(List.of(), Map.of());

        Optional<UUID> best() {
            return stories.isEmpty() ? Optional.empty() : Optional.of(stories.get(0));
        }

        /** Cosine of two stories' centroids: their sums normalised (a sum is as long as its story is big). */
        double cosine(UUID a, UUID b) {
            float[] sumA = centroidSums.get(a);
            float[] sumB = centroidSums.get(b);
            return sumA == null || sumB == null ? 0 : Vectors.cosine(Vectors.normalize(sumA), Vectors.normalize(sumB));
        }

        /** The other admitted stories whose centroid is within {@code minCosine} of the chosen one's. */
        List<UUID> sameEventAs(UUID chosen, double minCosine) {
            return stories.stream().filter(other -> !other.equals(chosen) && cosine(chosen, other) >= minCosine).toList();
        }
    }

    /** How often the admitted stories are read again when other filings merge or empty them meanwhile. */
    private static final int ADMISSION_READS = 3;

    /**
     * The admitted stories, row-locked. The candidates are read before their rows are locked, and a filing of an
     * article with other keys may merge or empty one of them meanwhile: then they are read again (the merged
     * story's keys have moved to where it went); if that keeps happening the filing is tried again.
     */
    private Admitted lockedAdmittedStories(ReceivedArticle article, Set<String> keys, TermVector terms) {
        for (int read = 1; ; read++) {
            Admitted admitted = admittedStories(article, keys, terms);
            Set<UUID> present = stories.lockStories(admitted.stories());
            if (present.containsAll(admitted.stories())) {
                return admitted;
            }
            if (read == ADMISSION_READS) {
                throw new ConcurrentFilingException("the stories article " + article.articleId
                        + " could join kept changing while it was filed");
            }
        }
    }

    /** Another filing changed the stories this one was about to change: the filing is tried again. */
    public static final class ConcurrentFilingException extends RuntimeException {
        ConcurrentFilingException(String message) {
            super(message);
        }
    }

    private Admitted admittedStories(ReceivedArticle article, Set<String> keys, TermVector terms) {
        if (keys.isEmpty()) {
            return Admitted.NONE;
        }
        Duration window = Duration.ofDays(config.stories().windowDays());
        Instant time = article.effectiveTime();
        var shared = storyKeys.sharedKeys(keys, time.minus(window), time.plus(window));
        if (shared.isEmpty()) {
            return Admitted.NONE;
        }
        Map<UUID, Double> keyScores = matcher.candidates(keys, shared, storyKeys.storyFrequency(keys), stories.count());
        Map<UUID, float[]> centroidSums = stories.centroidSums(keyScores.keySet());
        Map<UUID, TermVector> termSums = stories.termSums(keyScores.keySet());
        Map<UUID, StoryEvidence> sums = new HashMap<>();
        Set<UUID> withoutTerms = new HashSet<>();
        keyScores.forEach((story, keyScore) -> {
            TermVector sum = termSums.getOrDefault(story, TermVector.EMPTY);
            if (sum.isEmpty()) {
                withoutTerms.add(story);
            }
            sums.put(story, StoryEvidence.of(terms, article.centroid, sum, centroidSums.get(story), keyScore));
        });
        Map<UUID, StoryEvidence> evidence = matcher.withNearestArticles(terms, sums, withoutTerms,
                story -> articles.latestTermsOf(story, StoryEvidence.NEAREST_ARTICLES));
        List<UUID> admitted = matcher.admitted(evidence, withoutTerms);
        if (Log.isDebugEnabled()) {
            // Why an article joined a story or opened its own: the figures the model was learnt from.
            evidence.forEach((story, e) -> Log.debugf("article %s, story %s: terms cosine %.3f, nearest article's %.3f, "
                            + "centroid cosine %.3f, key score %.3f, probability %.3f%s", article.articleId, story,
                    e.termCosine(), e.nearestTermCosine(), e.centroidCosine(), e.keyScore(), matcher.probability(e),
                    !admitted.isEmpty() && admitted.get(0).equals(story) ? " (joined)" : admitted.contains(story) ? " (admitted)" : ""));
        }
        return new Admitted(admitted, centroidSums);
    }

    /**
     * Joins story {@code fromId} into {@code intoId}, which later coverage shows to be the same event: its articles,
     * claim groups and keys move, and its id answers with where it went (GET /stories/{id} → 308), so that links
     * handed out stay resolvable. A claim group of it that states a fact one of the other story's groups states joins
     * that group ({@link ClaimGrouper#joinSameFactGroups}). Runs in the caller's transaction.
     *
     * @param why what showed them to be one, for the log
     */
    public void merge(UUID intoId, UUID fromId, String why) {
        stories.lockStories(Set.of(intoId, fromId));
        Story into = stories.findById(intoId);
        if (into != null && moveInto(into, fromId, why)) {
            refreshStory(intoId);
        }
    }

    private boolean moveInto(Story into, UUID fromId, String why) {
        Story from = stories.findById(fromId);
        if (from == null || into.id.equals(fromId)) {
            return false;
        }
        into.addCentroid(from.centroidSum, 1);
        into.addTerms(from.termSum(), 1);
        List<UUID> movedGroups = groups.statementsOfStory(fromId).stream().map(ClaimGroupRepository.Statement::id).toList();
        stories.moveInto(fromId, into.id);
        stories.delete(from);
        Log.infof("story %s merged into story %s: %s", fromId, into.id, why);
        grouper.joinSameFactGroups(into.id, movedGroups);
        return true;
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
