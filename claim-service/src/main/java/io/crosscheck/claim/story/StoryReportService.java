package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.SqlValues;

import io.crosscheck.claim.story.report.ClaimGroupReport;
import io.crosscheck.claim.story.report.StoryArticle;
import io.crosscheck.claim.story.report.StoryPage;
import io.crosscheck.claim.story.report.StoryReport;
import io.crosscheck.claim.story.report.StorySummary;
import io.crosscheck.claim.persistence.ReceivedArticle;
import io.crosscheck.claim.persistence.AnalysisStatus;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.Story;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Reads stories: the list, and the report of one story with its claim groups assessed from current members. */
@ApplicationScoped
public class StoryReportService {

    private final EntityManager em;
    private final EnginePositions engine;

    public StoryReportService(EntityManager em, EnginePositions engine) {
        this.em = em;
        this.engine = engine;
    }

    /** The report with the story revision it shows. */
    public record RevisedReport(StoryReport report, long revision) {
    }

    /** The story's current revision, or empty when there is no such story: one indexed read. */
    @Transactional
    public Optional<Long> revision(UUID storyId) {
        List<?> rows = em.createNativeQuery("SELECT revision FROM story WHERE id = :id").setParameter("id", storyId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /**
     * The story report with the revision read in the same snapshot (what the cache keys it by). One transaction,
     * one snapshot: a report is consistent even while articles are being added.
     */
    @Transactional
    public Optional<RevisedReport> revisedReport(UUID storyId) {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
        // Nothing read here is changed: no snapshots, no dirty-checking of thousands of claims at commit.
        em.unwrap(org.hibernate.Session.class).setDefaultReadOnly(true);
        Story story = Story.findById(storyId);
        if (story == null) {
            return Optional.empty();
        }
        Map<UUID, Map<UUID, EngineReading>> readings = engine.ofStory(storyId);
        // The columns the report shows, not the entities: those would carry every article's text.
        @SuppressWarnings("unchecked")
        List<Object[]> articles = em.createNativeQuery("""
                        SELECT CAST(article_id AS varchar), title, source, COALESCE(published_at, received_at) AS shown_at
                        FROM analysed_article WHERE story_id = :story AND status = 'DONE'
                        ORDER BY published_at, received_at""")
                .setParameter("story", storyId).getResultList();
        Map<UUID, String> sources = new HashMap<>();
        List<StoryArticle> articleViews = new ArrayList<>();
        for (Object[] a : articles) {
            UUID articleId = UUID.fromString((String) a[0]);
            sources.put(articleId, (String) a[2]);
            articleViews.add(new StoryArticle(articleId, (String) a[1], (String) a[2], SqlValues.instant(a[3])));
        }
        Map<UUID, List<GroupMember>> membersByGroup = new LinkedHashMap<>();
        List<StoredClaim> claims = StoredClaim.membersOfStory(storyId);
        for (StoredClaim claim : claims) {
            membersByGroup.computeIfAbsent(claim.groupId, g -> new ArrayList<>())
                    .add(new GroupMember(claim, sources.getOrDefault(claim.articleId, "unknown")));
        }
        List<ClaimGroupReport> groups = new ArrayList<>();
        for (ClaimGroup group : ClaimGroup.ofStory(storyId)) {
            List<GroupMember> members = membersByGroup.get(group.id);
            if (members == null) {
                continue;
            }
            GroupAssessor.Assessment assessment = GroupAssessor.assess(members, readings.getOrDefault(group.id, Map.of()));
            groups.add(new ClaimGroupReport(group.id, group.statement, assessment.status(), assessment.positions(),
                    assessment.conflicts()));
        }
        // Contested first, then the facts most sources speak to.
        groups.sort(Comparator.comparing((ClaimGroupReport g) -> g.status() != GroupStatus.CONTESTED)
                .thenComparing(g -> -g.positions().size()));
        return Optional.of(new RevisedReport(new StoryReport(story.id, story.title, articleViews, groups), story.revision));
    }

    @Transactional
    public StoryPage list(int page, int size) {
        var query = Story.findAll(Sort.descending("lastPublishedAt").and("id"));
        long total = query.count();
        List<Story> stories = query.page(Page.of(page, size)).list();
        Map<UUID, TreeSet<String>> sources = new HashMap<>();
        if (!stories.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT DISTINCT CAST(story_id AS varchar), source FROM analysed_article WHERE story_id IN (:ids)")
                    .setParameter("ids", stories.stream().map(s -> s.id).toList())
                    .getResultList();
            for (Object[] row : rows) {
                sources.computeIfAbsent(UUID.fromString((String) row[0]), id -> new TreeSet<>()).add((String) row[1]);
            }
        }
        List<StorySummary> items = stories.stream().map(s -> new StorySummary(s.id, s.title, s.articleCount,
                List.copyOf(sources.getOrDefault(s.id, new TreeSet<>())), s.firstPublishedAt, s.lastPublishedAt,
                s.contestedCount)).toList();
        return new StoryPage(items, page, size, total);
    }
}
