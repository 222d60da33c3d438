package io.crosscheck.gateway.web;

import io.crosscheck.gateway.rest.schema.StoryReport;
import io.crosscheck.gateway.rest.schema.StoryReport.Article;
import io.crosscheck.gateway.rest.schema.StoryReport.ClaimGroup;
import io.crosscheck.gateway.rest.schema.StoryReport.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a story report into the page's matrix. Claims are ordered contested first (what a fact-checker opens the
 * story for), then corroborated, then single-source, the most-discussed first within each; sources by how many
 * positions they take, so the first columns are the outlets that say most. Only the requested slice of each is
 * built: the report of a 1,000-article story holds thousands of positions, the page at most claims x columns.
 */
final class StoryMatrix {

    private static final Comparator<ClaimGroup> CONTESTED_FIRST = Comparator
            .comparingInt((ClaimGroup group) -> statusRank(group.status()))
            .thenComparing(Comparator.comparingInt((ClaimGroup group) -> positions(group).size()).reversed());

    private final WebConfig config;

    StoryMatrix(WebConfig config) {
        this.config = config;
    }

    StoryView build(StoryReport report, StoryPageQuery query) {
        List<Article> articles = report.articles() == null ? List.of() : report.articles();
        List<ClaimGroup> groups = new ArrayList<>(report.claims() == null ? List.of() : report.claims());
        groups.sort(CONTESTED_FIRST);
        List<String> sources = sourcesByPositions(groups, articles);

        Pager.Slice sourceSlice = Pager.Slice.of(query.sources(), config.sourcesPerPage(), sources.size());
        Pager.Slice claimSlice = Pager.Slice.of(query.claims(), config.claimsPerPage(), groups.size());
        List<Article> chronological = chronological(articles);
        Pager.Slice timelineSlice = Pager.Slice.of(query.timeline(), config.timelinePerPage(), chronological.size());
        StoryPageQuery current = query.withSources(sourceSlice.page()).withClaims(claimSlice.page())
                .withTimeline(timelineSlice.page());

        List<String> columns = sources.subList(sourceSlice.from(), sourceSlice.to());
        List<StoryView.ClaimRow> rows = groups.subList(claimSlice.from(), claimSlice.to()).stream()
                .map(group -> row(group, columns, current)).toList();
        Map<UUID, Article> articlesById = new HashMap<>();
        articles.forEach(article -> articlesById.put(article.id(), article));

        return new StoryView(String.valueOf(report.id()), report.title(), articles.size(), sources.size(),
                Html.dateTime(chronological.isEmpty() ? null : chronological.get(0).publishedAt()),
                Html.dateTime(latest(articles)), groups.size(),
                (int) groups.stream().filter(group -> "CONTESTED".equals(group.status())).count(),
                columns, rows,
                Pager.of("Sources " + sourceSlice.range(), sourceSlice, page -> current.withSources(page).href("matrix")),
                Pager.of("Claims " + claimSlice.range(), claimSlice, page -> current.withClaims(page).href("matrix")),
                selection(groups, articlesById, current),
                chronological.subList(timelineSlice.from(), timelineSlice.to()).stream().map(StoryMatrix::entry).toList(),
                Pager.of("Articles " + timelineSlice.range(), timelineSlice,
                        page -> current.withTimeline(page).href("timeline")),
                splitNotes(report));
    }

    /** The splits the story took part in, each naming the other story. */
    static List<StoryView.SplitNote> splitNotes(StoryReport report) {
        if (report.splits() == null) {
            return List.of();
        }
        return report.splits().stream().map(split -> {
            String articles = split.movedArticles() + (split.movedArticles() == 1 ? " article" : " articles");
            boolean weWereSplit = report.id() != null && report.id().equals(split.from());
            return weWereSplit
                    ? new StoryView.SplitNote(articles + " of this story turned out to be another event and ",
                            "moved to a story of their own", "/stories/" + split.into(), ".")
                    : new StoryView.SplitNote(articles + " of this story were split from ", "another story",
                            "/stories/" + split.from(), ", where they turned out to be another event.");
        }).toList();
    }

    private StoryView.ClaimRow row(ClaimGroup group, List<String> columns, StoryPageQuery query) {
        Map<String, Map<Stances, List<Position>>> bySource = new LinkedHashMap<>();
        columns.forEach(source -> bySource.put(source, new LinkedHashMap<>()));
        int elsewhere = 0;
        for (Position position : positions(group)) {
            Map<Stances, List<Position>> cell = bySource.get(position.source());
            if (cell == null) {
                elsewhere++;
                continue;
            }
            cell.computeIfAbsent(Stances.of(position.stance(), position.hedged()), stance -> new ArrayList<>()).add(position);
        }
        String groupId = String.valueOf(group.id());
        List<StoryView.Cell> cells = new ArrayList<>(bySource.size());
        bySource.forEach((source, stances) -> {
            List<StoryView.Mark> marks = new ArrayList<>(stances.size());
            stances.forEach((stance, taking) -> marks.add(mark(groupId, source, stance, taking, query)));
            cells.add(new StoryView.Cell(source, marks));
        });
        return new StoryView.ClaimRow(groupId, group.statement(), group.headline(), Stances.status(group.status()),
                cells, conflicts(group), positions(group).size(), elsewhere);
    }

    /**
     * The mark of one source's positions with one stance. Its link selects the first of them (or, when one of them
     * is selected, that one stays so); the row's header says which claim, so the label need not repeat it.
     */
    private static StoryView.Mark mark(String groupId, String source, Stances stance, List<Position> taking,
            StoryPageQuery query) {
        Position selected = groupId.equals(query.group()) ? taking.stream()
                .filter(position -> String.valueOf(position.articleId()).equals(query.article()))
                .findFirst().orElse(null) : null;
        Position linked = selected != null ? selected : taking.get(0);
        String label = source + " " + stance.words()
                + (taking.size() > 1 ? " (" + taking.size() + " articles)" : "");
        return new StoryView.Mark(stance, taking.size(), label,
                query.selecting(groupId, String.valueOf(linked.articleId())).href("evidence"), selected != null);
    }

    /** "Denial: Northern Dispatch denies what Evening Courier reports", in the claim-service's own words. */
    private static List<String> conflicts(ClaimGroup group) {
        if (group.conflicts() == null) {
            return List.of();
        }
        return group.conflicts().stream()
                .map(conflict -> conflictKind(conflict.kind()) + (conflict.detail() == null ? "" : ": " + conflict.detail()))
                .toList();
    }

    private static String conflictKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "DENIAL" -> "Denial";
            case "NUMBER" -> "Figures differ";
            case "NEGATION" -> "Negated";
            default -> "Conflict";
        };
    }

    private static StoryView.Selection selection(List<ClaimGroup> groups, Map<UUID, Article> articles,
            StoryPageQuery query) {
        if (query.group() == null || query.article() == null) {
            return null;
        }
        for (ClaimGroup group : groups) {
            if (!String.valueOf(group.id()).equals(query.group())) {
                continue;
            }
            for (Position position : positions(group)) {
                if (String.valueOf(position.articleId()).equals(query.article())) {
                    Article article = articles.get(position.articleId());
                    String claimant = position.claimant() == null ? null : position.claimant().name();
                    String role = position.claimant() == null ? null : position.claimant().role();
                    return new StoryView.Selection(group.statement(), position.source(),
                            Stances.of(position.stance(), position.hedged()), claimant, role, position.evidence(),
                            article == null ? position.source() : article.title(),
                            ArticleView.href(String.valueOf(position.articleId()), position.claimId()),
                            query.selecting(null, null).href("matrix"), origin(position, articles));
                }
            }
        }
        return null;
    }

    /** Articles of the same origin named in the evidence panel; the rest are counted. */
    private static final int SAME_ORIGIN_NAMED = 5;
    private static final String AGENCY_PREFIX = "agency:";

    /** The origin of the position's article, from the report's articles; null when the report has no origins. */
    private static StoryView.Origin origin(Position position, Map<UUID, Article> articles) {
        String origin = position.origin();
        if (origin == null) {
            return null;
        }
        List<Article> sharing = chronological(articles.values().stream()
                .filter(a -> origin.equals(a.origin()) && !a.id().equals(position.articleId())).toList());
        List<String> named = sharing.stream().limit(SAME_ORIGIN_NAMED).map(a -> a.source() + ": " + a.title()).toList();
        String agency = origin.startsWith(AGENCY_PREFIX) ? agencyName(origin.substring(AGENCY_PREFIX.length())) : null;
        return new StoryView.Origin(agency, named, sharing.size() - named.size());
    }

    /** "reuters" → "Reuters", "afp" → "AFP": agency ids are lower-case names or abbreviations. */
    private static String agencyName(String id) {
        if (id.isEmpty() || id.length() <= 4) {
            return id.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** Every source of the story, the ones with most positions first; sources without positions last. */
    private static List<String> sourcesByPositions(List<ClaimGroup> groups, List<Article> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (ClaimGroup group : groups) {
            for (Position position : positions(group)) {
                if (position.source() != null) {
                    counts.merge(position.source(), 1, Integer::sum);
                }
            }
        }
        articles.stream().map(Article::source).filter(Objects::nonNull).forEach(source -> counts.putIfAbsent(source, 0));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static List<Article> chronological(List<Article> articles) {
        return articles.stream().sorted(Comparator.comparing(Article::publishedAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static Instant latest(List<Article> articles) {
        return articles.stream().map(Article::publishedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static StoryView.TimelineEntry entry(Article article) {
        return new StoryView.TimelineEntry(Html.dateTime(article.publishedAt()), Html.iso(article.publishedAt()),
                article.source(), article.title(), ArticleView.href(String.valueOf(article.id()), null));
    }

    private static List<Position> positions(ClaimGroup group) {
        return group.positions() == null ? List.of() : group.positions();
    }

    private static int statusRank(String status) {
        return switch (status == null ? "" : status) {
            case "CONTESTED" -> 0;
            case "CORROBORATED" -> 1;
            case "SINGLE_SOURCE" -> 2;
            default -> 3;
        };
    }
}
