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
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final ClaimServiceConfig config;
    private final EnginePositions engine;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final ReceivedArticleRepository articles;
    private final ArticlePositionRepository positions;
    private final StoryOrigins origins;

    public ClaimGrouper(ClaimServiceConfig config, EnginePositions engine, ClaimGroupRepository groups,
                        StoredClaimRepository storedClaims, ReceivedArticleRepository articles,
                        ArticlePositionRepository positions, StoryOrigins origins) {
        this.config = config;
        this.engine = engine;
        this.groups = groups;
        this.storedClaims = storedClaims;
        this.articles = articles;
        this.positions = positions;
        this.origins = origins;
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
        engine.judge(article, stanceView, touched.values());
        rejudge(restated, article.articleId);
        refresh(needingRefresh(touched.values(), restated));
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

    /** A group's statement changed wording: the readings its other articles had of the old one are re-taken. */
    private void rejudge(Set<ClaimGroup> restated, UUID alreadyJudged) {
        if (restated.isEmpty()) {
            return;
        }
        Map<UUID, ClaimGroup> byId = new HashMap<>();
        restated.forEach(g -> byId.put(g.id, g));
        Map<UUID, Set<ClaimGroup>> groupsByArticle = new HashMap<>();
        for (StoredClaim member : storedClaims.membersOf(byId.keySet())) {
            if (!member.articleId.equals(alreadyJudged)) {
                groupsByArticle.computeIfAbsent(member.articleId, a -> new LinkedHashSet<>()).add(byId.get(member.groupId));
            }
        }
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
        Map<UUID, Map<UUID, EngineReading>> readings = positions.ofGroups(ids);
        Map<UUID, String> originOfArticle = new HashMap<>();
        groups.stream().map(g -> g.storyId).distinct().forEach(story -> originOfArticle.putAll(origins.of(story)));
        Map<UUID, List<GroupMember>> withSources = new HashMap<>();
        withSources(members, originOfArticle).forEach(m -> withSources.computeIfAbsent(m.claim().groupId, id -> new ArrayList<>()).add(m));
        for (ClaimGroup group : groups) {
            List<GroupMember> groupMembers = withSources.get(group.id);
            if (groupMembers == null) {
                group.delete();
                continue;
            }
            group.status = GroupAssessor.assess(groupMembers, readings.getOrDefault(group.id, Map.of()),
                    group.polarity != Polarity.DENIES).status();
        }
    }

    /** @param originOfArticle the origin of each article of the groups' stories (the status counts an origin once) */
    private List<GroupMember> withSources(List<StoredClaim> claims, Map<UUID, String> originOfArticle) {
        Set<UUID> articleIds = new LinkedHashSet<>();
        claims.forEach(c -> articleIds.add(c.articleId));
        Map<UUID, String> sources = articles.sourcesOf(articleIds);
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
