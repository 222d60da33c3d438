package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.persistence.Story;
import io.crosscheck.claim.persistence.StoryArticleRow;
import io.crosscheck.claim.persistence.StoryRepository;
import io.crosscheck.claim.story.report.ClaimGroupReport;
import io.crosscheck.claim.story.report.StoryArticle;
import io.crosscheck.claim.story.report.StoryPage;
import io.crosscheck.claim.story.report.StoryReport;
import io.crosscheck.claim.story.report.StorySplit;
import io.crosscheck.claim.story.report.StorySummary;
import io.crosscheck.nlp.extract.Polarity;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** Reads stories: the list, and the report of one story with its claim groups assessed from current members. */
@ApplicationScoped
public class StoryReportService {

    private final StoryRepository stories;
    private final ReceivedArticleRepository articles;
    private final ClaimGroupRepository groups;
    private final StoredClaimRepository storedClaims;
    private final ArticlePositionRepository positions;
    private final StoryOrigins origins;
    private final ComparatorJudge sameFact;

    public StoryReportService(StoryRepository stories, ReceivedArticleRepository articles, ClaimGroupRepository groups,
                              StoredClaimRepository storedClaims, ArticlePositionRepository positions,
                              StoryOrigins origins, ComparatorJudge sameFact) {
        this.stories = stories;
        this.articles = articles;
        this.groups = groups;
        this.storedClaims = storedClaims;
        this.positions = positions;
        this.origins = origins;
        this.sameFact = sameFact;
    }

    /** The report with the story revision it shows. */
    public record RevisedReport(StoryReport report, long revision) {
    }

    /** The story's current revision, or empty when there is no such story: one indexed read. */
    @Transactional
    public Optional<Long> revision(UUID storyId) {
        return stories.revision(storyId);
    }

    /** Where a story went when it was merged into another: its id stays resolvable. */
    @Transactional
    public Optional<UUID> mergedInto(UUID storyId) {
        return stories.mergedInto(storyId);
    }

    /**
     * The story report with the revision read in the same snapshot (what the cache keys it by). One transaction,
     * one snapshot: a report is consistent even while articles are being added.
     */
    @Transactional
    public Optional<RevisedReport> revisedReport(UUID storyId) {
        stories.readOnlySnapshot();
        Story story = stories.findById(storyId);
        if (story == null) {
            return Optional.empty();
        }
        Map<UUID, Map<UUID, EngineReading>> readings = positions.ofStory(storyId);
        Map<UUID, String> sources = new HashMap<>();
        Map<UUID, String> originOf = origins.of(storyId);
        List<StoryArticle> articleViews = new ArrayList<>();
        for (StoryArticleRow a : articles.analysedInStory(storyId)) {
            sources.put(a.articleId(), a.source());
            articleViews.add(new StoryArticle(a.articleId(), a.title(), a.source(), a.shownAt(),
                    StoryOrigins.originOf(originOf, a.articleId())));
        }
        Map<UUID, List<GroupMember>> membersByGroup = new LinkedHashMap<>();
        List<StoredClaim> claims = storedClaims.membersOfStory(storyId);
        for (StoredClaim claim : claims) {
            membersByGroup.computeIfAbsent(claim.groupId, g -> new ArrayList<>())
                    .add(new GroupMember(claim, sources.getOrDefault(claim.articleId, "unknown"),
                            StoryOrigins.originOf(originOf, claim.articleId)));
        }
        List<ClaimGroupReport> reports = new ArrayList<>();
        SameFactJudge judge = sameFact.forAssessment();
        List<ClaimGroup> storyGroups = groups.ofStory(storyId);
        Map<UUID, EngineReading> headlineReadings = storyGroups.stream().filter(group -> group.headline).findFirst()
                .map(headline -> readings.getOrDefault(headline.id, Map.of())).orElse(Map.of());
        for (ClaimGroup group : storyGroups) {
            // The headline has no members: its positions are the engine's readings.
            List<GroupMember> members = membersByGroup.getOrDefault(group.id, List.of());
            if (members.isEmpty() && !group.headline) {
                continue;
            }
            GroupAssessor.Assessment assessment = GroupAssessor.assess(members,
                    GroupAssessor.backedByHeadline(readings.getOrDefault(group.id, Map.of()), headlineReadings),
                    group.polarity != Polarity.DENIES, sources, originOf, judge);
            reports.add(new ClaimGroupReport(group.id, group.statement, group.headline, assessment.status(), assessment.positions(),
                    assessment.conflicts()));
        }
        // Contested first, then the facts most sources speak to.
        reports.sort(Comparator.comparing((ClaimGroupReport g) -> g.status() != GroupStatus.CONTESTED)
                .thenComparing(g -> -g.positions().size()));
        List<StorySplit> splits = stories.splitsOf(storyId).stream()
                .map(row -> new StorySplit(row.from(), row.into(), row.movedArticles(), row.splitAt())).toList();
        return Optional.of(new RevisedReport(new StoryReport(story.id, story.title, articleViews, reports, splits),
                story.revision));
    }

    /** @param contestedFirst most contested claims first, else most recently active first */
    @Transactional
    public StoryPage list(int pageIndex, int size, boolean contestedFirst) {
        var query = contestedFirst ? stories.mostContestedFirst() : stories.newestFirst();
        long total = query.count();
        List<Story> page = query.page(Page.of(pageIndex, size)).list();
        Map<UUID, SortedSet<String>> sources = articles.sourcesOfStories(page.stream().map(s -> s.id).toList());
        List<StorySummary> items = page.stream().map(s -> new StorySummary(s.id, s.title, s.articleCount,
                List.copyOf(sources.getOrDefault(s.id, new TreeSet<>())), s.firstPublishedAt, s.lastPublishedAt,
                s.contestedCount)).toList();
        return new StoryPage(items, pageIndex, size, total);
    }
}
