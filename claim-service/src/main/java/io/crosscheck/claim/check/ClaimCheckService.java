package io.crosscheck.claim.check;

import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.ReceivedArticleRepository.SourceAndTitle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.story.GroupAssessor;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stored articles that bear on a claim. Candidates come from the full-text index over stored claims
 * (any of the claim's words, ranked), never from a scan of every article; they are then re-ranked by sentence
 * embedding similarity. The claim is about an event, and the stories hold each event's articles: the stories of the
 * closest matches answer (an article of the event answers even when its closest claim restates the check's less
 * closely), and an article of another story only when one of its claims restates the check closely. The stance is
 * the stance engine's reading of the article toward the claim group of its best match, or else the polarity of the
 * matching claim against the query's.
 */
@ApplicationScoped
public class ClaimCheckService {

    public record Evidence(String sentence, int start, int end) {
    }

    public record Match(UUID articleId, String source, String title, PositionStance stance, double score,
                        List<Evidence> evidence) {
    }

    /** Below this similarity a stored claim is about something else. */
    static final double MIN_SIMILARITY = 0.5;
    /** Within the claim's own stories, a claim this close is about the event all the same. */
    static final double MIN_SIMILARITY_IN_STORY = 0.3;
    /** The claim's stories: the best match's, and any whose best match is within this of it. */
    static final double STORY_MARGIN = 0.05;
    /** Outside the claim's stories, only a claim this close is shown: a restatement filed elsewhere. */
    static final double MIN_SIMILARITY_ELSEWHERE = 0.7;
    private static final int CANDIDATES = 300;
    private static final int EVIDENCE_PER_ARTICLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]{2,}");

    private final StoredClaimRepository storedClaims;
    private final ReceivedArticleRepository articles;
    private final ClaimGroupRepository groups;
    private final ArticlePositionRepository positions;
    private final SentenceEncoder encoder;

    public ClaimCheckService(StoredClaimRepository storedClaims, ReceivedArticleRepository articles,
                             ClaimGroupRepository groups, ArticlePositionRepository positions, SentenceEncoder encoder) {
        this.storedClaims = storedClaims;
        this.articles = articles;
        this.groups = groups;
        this.positions = positions;
        this.encoder = encoder;
    }

    @Transactional
    public List<Match> check(String claim, int limit) {
        String query = orQuery(claim);
        if (query.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = storedClaims.searchIds(query, CANDIDATES);
        if (ids.isEmpty()) {
            return List.of();
        }
        float[] target = encoder.encode(claim);
        boolean claimNegated = negates(claim);
        Map<UUID, List<Scored>> byArticle = new HashMap<>();
        Map<UUID, float[]> embeddings = storedClaims.embeddingsOf(ids);
        for (StoredClaim candidate : storedClaims.byIds(ids)) {
            float[] embedding = embeddings.get(candidate.id);
            if (embedding == null) {
                continue;
            }
            double similarity = Vectors.cosine(target, embedding);
            if (similarity >= MIN_SIMILARITY_IN_STORY) {
                byArticle.computeIfAbsent(candidate.articleId, a -> new ArrayList<>()).add(new Scored(candidate, similarity));
            }
        }
        if (byArticle.isEmpty()) {
            return List.of();
        }
        List<List<Scored>> ranked = new ArrayList<>(byArticle.values());
        ranked.forEach(scored -> scored.sort(Comparator.comparingDouble(Scored::similarity).reversed()));
        ranked.sort(Comparator.comparingDouble((List<Scored> scored) -> scored.get(0).similarity()).reversed());
        // Source, title and story only: the entities would bring every matched article's text along.
        Map<UUID, SourceAndTitle> shown = articles.sourcesAndTitlesOf(byArticle.keySet());
        ranked.removeIf(scored -> !shown.containsKey(scored.get(0).claim().articleId));
        Set<UUID> claimStories = claimStories(ranked, shown);
        ranked.removeIf(scored -> !answers(scored.get(0).similarity(), claimStories.contains(
                shown.get(scored.get(0).claim().articleId).storyId())));
        ranked = ranked.subList(0, Math.min(limit, ranked.size()));
        Readings readings = readingsOf(ranked.stream().map(scored -> scored.get(0).claim()).toList());
        List<Match> matches = new ArrayList<>(ranked.size());
        for (List<Scored> scored : ranked) {
            StoredClaim best = scored.get(0).claim();
            SourceAndTitle article = shown.get(best.articleId);
            List<Evidence> evidence = scored.stream().limit(EVIDENCE_PER_ARTICLE)
                    .map(s -> new Evidence(s.claim().sentence, s.claim().spanStart, s.claim().spanEnd)).toList();
            PositionStance stance = stance(best, claimNegated, readings.of(best), readings.affirms(best));
            matches.add(new Match(best.articleId, article.source(), article.title(), stance,
                    Math.round(scored.get(0).similarity() * 1000) / 1000.0, evidence));
        }
        return matches;
    }

    /**
     * The stories the claim is about: the story of its closest match (at least {@link #MIN_SIMILARITY}), and those
     * whose closest match is within {@link #STORY_MARGIN} of it (an event split over two stories, or two events the
     * claim names alike).
     *
     * @param ranked each article's matches, best article first
     */
    static Set<UUID> claimStories(List<List<Scored>> ranked, Map<UUID, SourceAndTitle> shown) {
        Set<UUID> stories = new LinkedHashSet<>();
        if (ranked.isEmpty() || ranked.get(0).get(0).similarity() < MIN_SIMILARITY) {
            return stories;
        }
        double best = ranked.get(0).get(0).similarity();
        for (List<Scored> scored : ranked) {
            UUID story = shown.get(scored.get(0).claim().articleId).storyId();
            if (scored.get(0).similarity() >= Math.max(MIN_SIMILARITY, best - STORY_MARGIN) && story != null) {
                stories.add(story);
            }
        }
        return stories;
    }

    /** Whether an article whose closest claim has this similarity answers, in one of the claim's stories or not. */
    static boolean answers(double similarity, boolean inClaimStory) {
        return similarity >= (inClaimStory ? MIN_SIMILARITY_IN_STORY : MIN_SIMILARITY_ELSEWHERE);
    }

    /** The stance engine's readings of the matched articles toward the groups their best claims are in. */
    private Readings readingsOf(List<StoredClaim> best) {
        Set<UUID> groupIds = new LinkedHashSet<>();
        best.forEach(claim -> {
            if (claim.groupId != null) {
                groupIds.add(claim.groupId);
            }
        });
        Map<UUID, Polarity> polarity = new HashMap<>();
        groups.byIds(groupIds).forEach(group -> polarity.put(group.id, group.polarity));
        return new Readings(positions.ofGroups(groupIds), polarity);
    }

    private record Readings(Map<UUID, Map<UUID, EngineReading>> byGroup, Map<UUID, Polarity> polarity) {
        EngineReading of(StoredClaim claim) {
            return claim.groupId == null ? null : byGroup.getOrDefault(claim.groupId, Map.of()).get(claim.articleId);
        }

        boolean affirms(StoredClaim claim) {
            return claim.groupId != null && polarity.get(claim.groupId) == Polarity.AFFIRMS;
        }
    }

    /** Whether the checked claim is itself a negation ("The Kremlin did not receive ..."). */
    static boolean negates(String claim) {
        return TextAnalysis.words(claim).stream().anyMatch(Lexicon.CHECK_NEGATIONS::contains);
    }

    /**
     * The article's stance toward the checked claim. Its best-matching claim is a member of a claim group, and the
     * stance engine has read the whole article toward that group's statement: that reading decides as it does in
     * the story report (an affirmed statement; flipped when the checked claim is a negation). Measured on FNC-1
     * rumours held out of stance training (./evaluate stories), the member claim's own polarity was right for 47%
     * of the related articles. Without a reading: the claim's polarity against the query's.
     *
     * @param reading        the engine's reading of the article toward the best claim's group, or null
     * @param groupAffirms   whether that group's statement affirms its fact
     */
    static PositionStance stance(StoredClaim best, boolean claimNegated, EngineReading reading, boolean groupAffirms) {
        if (reading == null || !groupAffirms || reading.stance() == Stance.UNRELATED) {
            return stance(best, claimNegated);
        }
        PositionStance towardGroup = GroupAssessor.decide(GroupAssessor.stance(best), best.hedged, reading, true);
        if (towardGroup == PositionStance.SUPPORTS && best.hedged) {
            return PositionStance.DISCUSSES;
        }
        if (!claimNegated || towardGroup == PositionStance.DISCUSSES) {
            return towardGroup;
        }
        return towardGroup == PositionStance.SUPPORTS ? PositionStance.DENIES : PositionStance.SUPPORTS;
    }

    /** The article's claim agrees with the query when both affirm or both negate; relayed or hedged: discusses. */
    static PositionStance stance(StoredClaim best, boolean claimNegated) {
        PositionStance articleStance = GroupAssessor.stance(best);
        if (articleStance == PositionStance.DISCUSSES) {
            return PositionStance.DISCUSSES;
        }
        boolean articleNegates = articleStance == PositionStance.DENIES;
        if (articleNegates != claimNegated) {
            return PositionStance.DENIES;
        }
        return best.hedged ? PositionStance.DISCUSSES : PositionStance.SUPPORTS;
    }

    /** "Putin received a message" → 'putin | received | message': any shared word makes a candidate. */
    static String orQuery(String claim) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(claim.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 32) {
            words.add(m.group());
        }
        return String.join(" | ", words);
    }

    record Scored(StoredClaim claim, double similarity) {
    }
}
