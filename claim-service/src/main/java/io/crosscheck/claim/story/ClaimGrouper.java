package io.crosscheck.claim.story;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Puts each check-worthy claim of an article into the story's group stating the same fact, or opens a group.
 *
 * <p>Sentence embeddings alone rate a claim and its denial as near twins (which is what we want for grouping:
 * both belong to one group) but also rate unrelated claims about the same people fairly high, so the score
 * adds a small bonus for named entities the claim shares with the group's statement and a malus when it
 * shares none. Polarity is not part of grouping: it decides the position inside the group.
 */
@ApplicationScoped
public class ClaimGrouper {

    private static final double SHARED_ENTITY_BONUS = 0.05;
    private static final double NO_SHARED_ENTITY_MALUS = 0.08;
    /** Groups the same-fact comparator is asked about per group of a merged story: each costs a comparison. */
    private static final int JUDGED_GROUPS = 3;

    private final ClaimServiceConfig config;
    private final EnginePositions engine;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final ReceivedArticleRepository articles;
    private final ArticlePositionRepository positions;
    private final StoryOrigins origins;
    private final ComparatorJudge sameFact;
    private final StoryHeadlines headlines;

    public ClaimGrouper(ClaimServiceConfig config, EnginePositions engine, ClaimGroupRepository groups,
                        StoredClaimRepository storedClaims, ReceivedArticleRepository articles,
                        ArticlePositionRepository positions, StoryOrigins origins, ComparatorJudge sameFact,
                        StoryHeadlines headlines) {
        this.config = config;
        this.engine = engine;
        this.groups = groups;
        this.storedClaims = storedClaims;
        this.articles = articles;
        this.positions = positions;
        this.origins = origins;
        this.sameFact = sameFact;
        this.headlines = headlines;
    }

    /**
     * Assigns group ids to the article's new claims and stores them, has the stance engine read the article (its view
     * already computed, or null to compute it here) toward every group it joined, and refreshes every group touched.
     */
    public void group(UUID storyId, ReceivedArticle article, List<StoredClaim> claims, AnalyzedArticle stanceView) {
        // Compared with every group of the story, but only the few the article joins are loaded as entities.
        List<Candidate> candidates = new ArrayList<>(groups.statementsOfStory(storyId).stream().map(Candidate::of).toList());
        // Groups joined are loaded after the loop, in one query: their slots keep the order they were touched in.
        Map<UUID, ClaimGroup> touched = new LinkedHashMap<>();
        Map<UUID, StoredClaim> restatedBy = new HashMap<>();
        for (StoredClaim claim : claims) {
            if (claim.embedding == null || claim.checkworthiness < config.groups().minCheckworthiness()) {
                continue;
            }
            Candidate best = closest(claim, candidates, config.groups().minSimilarity());
            if (best != null) {
                touched.putIfAbsent(best.id, null);
                claim.groupId = best.id;
                if (best.polarity == Polarity.DENIES && claim.polarity == Polarity.AFFIRMS) {
                    // State the fact as affirmed; the denial stays a member and denies it.
                    best.restate(claim);
                    restatedBy.put(best.id, claim);
                }
            } else {
                ClaimGroup group = new ClaimGroup();
                group.id = UUID.randomUUID();
                group.storyId = storyId;
                group.statement = claim.text;
                group.embedding = claim.embedding;
                group.polarity = claim.polarity;
                group.createdAt = Instant.now();
                group.status = GroupStatus.SINGLE_SOURCE;
                group.persist();
                candidates.add(new Candidate(group.id, group.statement, group.polarity, group.embedding));
                claim.groupId = group.id;
                touched.put(group.id, group);
            }
        }
        List<UUID> joined = touched.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        if (!joined.isEmpty()) {
            groups.byIds(joined).forEach(group -> touched.put(group.id, group));
        }
        // The article is new to every group it touched (its earlier claims were removed before it was filed again).
        touched.values().forEach(group -> group.memberArticles++);
        Set<ClaimGroup> restated = new LinkedHashSet<>();
        restatedBy.forEach((id, claim) -> {
            ClaimGroup group = touched.get(id);
            group.statement = claim.text;
            group.embedding = claim.embedding;
            group.polarity = Polarity.AFFIRMS;
            restated.add(group);
        });
        // Stored now that their groups are known: persisted earlier, each would be inserted and then updated.
        claims.forEach(claim -> claim.persist());
        StoredClaim.flush();
        List<UUID> lead = new ArrayList<>(groups.leadGroupIds(storyId, config.groups().leadGroups()));
        List<ClaimGroup> read = new ArrayList<>(touched.values());
        read.addAll(groups.byIds(lead.stream().filter(id -> !touched.containsKey(id)).toList()));
        // Every article is read toward the headline; articles of a story merged in are caught up like a lead group's.
        headlines.of(storyId, article.title).ifPresent(headline -> {
            lead.add(headline.id);
            read.add(headline);
        });
        engine.judge(article, stanceView, read);
        rejudge(restated, article.articleId);
        Set<ClaimGroup> readNow = new LinkedHashSet<>(read);
        readNow.addAll(catchUp(storyId, lead, read, article.articleId));
        List<ClaimGroup> toRefresh = needingRefresh(readNow, restated);
        List<ClaimGroup> corroborated = toRefresh.stream()
                .filter(g -> g.status == GroupStatus.CORROBORATED && !restated.contains(g)).toList();
        refreshCorroborated(article.articleId, corroborated);
        refresh(toRefresh.stream().filter(g -> !corroborated.contains(g)).toList());
    }

    /**
     * A CORROBORATED group the article joined (or was read toward) stays so unless the article contests it: its
     * position denies, or its figures differ from another source's on the same fact. Only that is checked, with the
     * article's reading alone: big groups are mostly CORROBORATED, and assessing them in full at every filing (every
     * member's position, every pair of figures, the origins) made filing slow down as stories grew (./bench ingest).
     */
    private void refreshCorroborated(UUID articleId, List<ClaimGroup> corroborated) {
        if (corroborated.isEmpty()) {
            return;
        }
        List<UUID> ids = corroborated.stream().map(g -> g.id).toList();
        Map<UUID, List<GroupMember>> membersByGroup = new HashMap<>();
        for (StoredClaim member : storedClaims.membersOf(ids)) {
            membersByGroup.computeIfAbsent(member.groupId, g -> new ArrayList<>())
                    .add(new GroupMember(member, member.articleId.toString()));
        }
        Map<UUID, UUID> headlineOfStory = headlineOfStory(corroborated);
        List<UUID> read = new ArrayList<>(ids);
        read.addAll(headlineOfStory.values());
        Map<UUID, EngineReading> readings = positions.ofArticle(articleId, read);
        SameFactJudge judge = sameFact.forAssessment();
        for (ClaimGroup group : corroborated) {
            EngineReading reading = GroupAssessor.backedByHeadline(readings.get(group.id),
                    readings.get(headlineOfStory.get(group.storyId)));
            if (GroupAssessor.contestedBy(articleId, membersByGroup.getOrDefault(group.id, List.of()),
                    reading, group.polarity != Polarity.DENIES, judge)) {
                group.status = GroupStatus.CONTESTED;
            }
        }
    }

    /**
     * The earlier articles of the story filed before one of its lead groups became one have no reading toward it: a
     * few of them ({@code lead-catch-up} per filing, oldest first) are read now, so that which articles take a
     * position on a story's main facts does not depend on the order they came in. Each costs its stance pass again.
     *
     * @param loaded the groups the filed article was read toward, the lead groups among them
     * @return the groups that got readings (their status may change)
     */
    private Set<ClaimGroup> catchUp(UUID storyId, List<UUID> lead, List<ClaimGroup> loaded, UUID filed) {
        Map<UUID, List<UUID>> unread = positions.unreadInStory(storyId, lead, filed, config.groups().leadCatchUp());
        if (unread.isEmpty()) {
            return Set.of();
        }
        Map<UUID, ClaimGroup> byId = new HashMap<>();
        loaded.forEach(g -> byId.put(g.id, g));
        Set<ClaimGroup> caughtUp = new LinkedHashSet<>();
        unread.forEach((articleId, groupIds) -> {
            ReceivedArticle earlier = articles.findById(articleId);
            List<ClaimGroup> toRead = groupIds.stream().map(byId::get).filter(Objects::nonNull).toList();
            if (earlier != null && !toRead.isEmpty()) {
                engine.judge(earlier, toRead);
                caughtUp.addAll(toRead);
            }
        });
        return caughtUp;
    }

    /**
     * The groups whose status the article can change. Joining adds an article's position and members and changes
     * no other article's position, so a CONTESTED group (an article denies it, or two sources' figures disagree)
     * stays CONTESTED: refreshing it would read every member and reading of the group for nothing, and those
     * groups are the big ones of a story. A restated group is refreshed anyway: its other articles were re-read.
     */
    static List<ClaimGroup> needingRefresh(Collection<ClaimGroup> touched, Set<ClaimGroup> restated) {
        return touched.stream().filter(g -> g.status != GroupStatus.CONTESTED || restated.contains(g)).toList();
    }

    /** A group as compared with new claims: read as plain values, not as an entity to snapshot and flush. */
    static final class Candidate {
        final UUID id;
        String statement;
        Polarity polarity;
        float[] embedding;

        Candidate(UUID id, String statement, Polarity polarity, float[] embedding) {
            this.id = id;
            this.statement = statement;
            this.polarity = polarity;
            this.embedding = embedding;
        }

        static Candidate of(ClaimGroupRepository.Statement statement) {
            return new Candidate(statement.id(), statement.text(), statement.polarity(), statement.embedding());
        }

        /** The affirming claim becomes the group's statement (a group founded on a denial states the fact). */
        void restate(StoredClaim affirming) {
            statement = affirming.text;
            polarity = Polarity.AFFIRMS;
            embedding = affirming.embedding;
        }
    }

    /**
     * After a story merge: each group that came with the merged story and states a fact one of the story's own groups
     * states (closest groups first, the same-fact comparator decides) joins that group, so that a fact both stories
     * held is one group with every source's position instead of two groups each with part of them. The members move,
     * the readings toward the group left are dropped, and the articles of the moved members are read toward the group
     * they joined. A group founded on a denial joins an affirming one, not the other way, so that the statement states
     * the fact.
     *
     * @param movedGroupIds the groups of the merged story, now in {@code storyId}
     */
    public void joinSameFactGroups(UUID storyId, Collection<UUID> movedGroupIds) {
        if (movedGroupIds.isEmpty()) {
            return;
        }
        Set<UUID> moved = Set.copyOf(movedGroupIds);
        List<Candidate> own = new ArrayList<>();
        List<Candidate> arrived = new ArrayList<>();
        for (ClaimGroupRepository.Statement statement : groups.statementsOfStory(storyId)) {
            (moved.contains(statement.id()) ? arrived : own).add(Candidate.of(statement));
        }
        Map<UUID, UUID> joins = new LinkedHashMap<>();
        for (Candidate group : arrived) {
            if (group.embedding == null) {
                continue;
            }
            own.stream()
                    .filter(o -> o.embedding != null && Vectors.cosine(group.embedding, o.embedding) >= config.groups().minSimilarity())
                    .sorted(Comparator.comparingDouble((Candidate o) -> Vectors.cosine(group.embedding, o.embedding)).reversed())
                    .limit(JUDGED_GROUPS)
                    .filter(o -> sameFact.statesOneFact(group.statement, group.embedding, o.statement, o.embedding))
                    .findFirst()
                    .ifPresent(o -> {
                        boolean keepArrived = o.polarity == Polarity.DENIES && group.polarity == Polarity.AFFIRMS;
                        joins.put(keepArrived ? o.id : group.id, keepArrived ? group.id : o.id);
                    });
        }
        if (joins.isEmpty()) {
            return;
        }
        Set<UUID> targets = new LinkedHashSet<>(joins.values());
        Map<UUID, Set<UUID>> articlesToRead = new HashMap<>();
        for (StoredClaim member : storedClaims.membersOf(joins.keySet())) {
            articlesToRead.computeIfAbsent(joins.get(member.groupId), t -> new LinkedHashSet<>()).add(member.articleId);
        }
        joins.forEach((from, into) -> {
            if (!targets.contains(from)) {  // a group others join stays
                storedClaims.moveMembers(from, into);
                groups.deleteById(from);  // its readings go with it (ON DELETE CASCADE)
            }
        });
        List<ClaimGroup> joined = groups.byIds(targets);
        Map<UUID, Set<ClaimGroup>> groupsByArticle = new HashMap<>();
        for (ClaimGroup group : joined) {
            articlesToRead.getOrDefault(group.id, Set.of()).forEach(articleId ->
                    groupsByArticle.computeIfAbsent(articleId, a -> new LinkedHashSet<>()).add(group));
        }
        groupsByArticle.forEach((articleId, toRead) -> {
            ReceivedArticle article = articles.findById(articleId);
            if (article != null) {
                engine.judge(article, toRead);
            }
        });
        Log.infof("story %s: %d groups of a merged story joined groups stating the same fact", storyId, joins.size());
        refresh(joined);
    }

    /** A group's statement changed wording: the readings its other articles had of the old one are re-taken. */
    private void rejudge(Set<ClaimGroup> restated, UUID alreadyJudged) {
        if (restated.isEmpty()) {
            return;
        }
        Map<UUID, ClaimGroup> byId = new HashMap<>();
        restated.forEach(g -> byId.put(g.id, g));
        // Every article read toward the group: its members' and those read without a claim in it (lead groups).
        Map<UUID, Set<ClaimGroup>> groupsByArticle = new HashMap<>();
        positions.ofGroups(byId.keySet()).forEach((groupId, readings) -> readings.keySet().forEach(articleId -> {
            if (!articleId.equals(alreadyJudged)) {
                groupsByArticle.computeIfAbsent(articleId, a -> new LinkedHashSet<>()).add(byId.get(groupId));
            }
        }));
        for (Map.Entry<UUID, Set<ClaimGroup>> entry : groupsByArticle.entrySet()) {
            ReceivedArticle other = articles.findById(entry.getKey());
            if (other != null) {
                engine.judge(other, entry.getValue());
            }
        }
    }

    /** Recomputes the stored status of the groups from their current members; drops groups left empty. */
    public void refresh(Collection<ClaimGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        // A few queries for all the groups, not per group: members, their articles' sources, their stories' origins.
        List<UUID> ids = groups.stream().map(g -> g.id).toList();
        List<StoredClaim> members = storedClaims.membersOf(ids);
        Map<UUID, UUID> headlineOfStory = headlineOfStory(groups);
        List<UUID> read = new ArrayList<>(ids);
        read.addAll(headlineOfStory.values());
        Map<UUID, Map<UUID, EngineReading>> readings = positions.ofGroups(read);
        Set<UUID> articleIds = new LinkedHashSet<>();
        members.forEach(c -> articleIds.add(c.articleId));
        readings.values().forEach(byArticle -> articleIds.addAll(byArticle.keySet()));
        Map<UUID, String> sources = articles.sourcesOf(articleIds);
        // The origins among the groups' articles, not the whole story's: what the status needs.
        Map<UUID, String> originOfArticle = origins.ofArticles(articleIds);
        Map<UUID, List<GroupMember>> withSources = new HashMap<>();
        withSources(members, sources, originOfArticle)
                .forEach(m -> withSources.computeIfAbsent(m.claim().groupId, id -> new ArrayList<>()).add(m));
        SameFactJudge judge = sameFact.forAssessment();
        for (ClaimGroup group : groups) {
            // The headline has no members: its positions are the engine's readings.
            List<GroupMember> groupMembers = withSources.getOrDefault(group.id, List.of());
            if (groupMembers.isEmpty() && !group.headline) {
                group.delete();
                continue;
            }
            group.memberArticles = (int) groupMembers.stream().map(m -> m.claim().articleId).distinct().count();
            Map<UUID, EngineReading> headlineReadings = Optional.ofNullable(headlineOfStory.get(group.storyId))
                    .map(headline -> readings.getOrDefault(headline, Map.of())).orElse(Map.of());
            group.status = GroupAssessor.assess(groupMembers,
                    GroupAssessor.backedByHeadline(readings.getOrDefault(group.id, Map.of()), headlineReadings),
                    group.polarity != Polarity.DENIES, sources, originOfArticle, judge).status();
        }
    }

    /** The headline group of each of the groups' stories that has one: story id → its headline group's id. */
    private Map<UUID, UUID> headlineOfStory(Collection<ClaimGroup> of) {
        Map<UUID, UUID> headlines = new HashMap<>();
        of.stream().map(group -> group.storyId).distinct().forEach(storyId ->
                groups.headlineOf(storyId).ifPresent(headline -> headlines.put(storyId, headline.id)));
        return headlines;
    }

    /**
     * @param sources         the source of each member's article
     * @param originOfArticle the origin of each article of the groups' stories (the status counts an origin once)
     */
    private static List<GroupMember> withSources(List<StoredClaim> claims, Map<UUID, String> sources,
                                                 Map<UUID, String> originOfArticle) {
        List<GroupMember> members = new ArrayList<>(claims.size());
        for (StoredClaim claim : claims) {
            members.add(new GroupMember(claim, sources.getOrDefault(claim.articleId, "unknown"),
                    StoryOrigins.originOf(originOfArticle, claim.articleId)));
        }
        return members;
    }

    /** The candidate group closest to the claim if it is close enough to state the same fact, else null. */
    static Candidate closest(StoredClaim claim, List<Candidate> candidates, double minSimilarity) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate candidate : candidates) {
            double score = similarity(claim, candidate.statement, candidate.embedding);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best != null && bestScore >= minSimilarity ? best : null;
    }

    static double similarity(StoredClaim claim, String groupStatement, float[] groupEmbedding) {
        double score = Vectors.cosine(claim.embedding, groupEmbedding);
        List<Entity> entities = claim.entities == null ? List.of() : claim.entities;
        if (entities.isEmpty()) {
            return score;
        }
        String statement = groupStatement.toLowerCase(Locale.ROOT);
        int shared = 0;
        for (Entity entity : entities) {
            String name = entity.text().toLowerCase(Locale.ROOT);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (surname.length() > 2 && statement.contains(surname)) {
                shared++;
            }
        }
        return shared == 0 ? score - NO_SHARED_ENTITY_MALUS : score + SHARED_ENTITY_BONUS * Math.min(shared, 2);
    }
}
