package io.crosscheck.claim.check;

import io.crosscheck.claim.config.ClaimServiceConfig;
import io.crosscheck.claim.persistence.ArticlePositionRepository;
import io.crosscheck.claim.persistence.ClaimGroupRepository;
import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.ReceivedArticleRepository.SourceAndTitle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository.TitleAndText;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.story.GroupAssessor;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.stance.StanceResult;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * (any of the claim's words, ranked; then again within the claim's stories), never from a scan of every article;
 * they are then re-ranked by sentence embedding similarity. The claim is about an event, and the stories hold each event's articles: the stories of the
 * closest matches answer (an article of the event answers even when its closest claim restates the check's less
 * closely), and an article of another story only when one of its claims restates the check closely. The stance
 * engine then reads the best matches in full toward the checked claim itself ({@link CheckReader}): its stance is the
 * article's, and an article it finds unrelated is left out. A negated claim ("X did not ...") and matches past the
 * check's reading budget ({@code crosscheck.claims.check.read-characters}) take the engine's stored reading toward
 * the claim group of their best match (flipped for a negation), or else the polarity of the matching claim against
 * the query's.
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
    private final CheckReader reader;
    private final int readCharacters;

    public ClaimCheckService(StoredClaimRepository storedClaims, ReceivedArticleRepository articles,
                             ClaimGroupRepository groups, ArticlePositionRepository positions, SentenceEncoder encoder,
                             CheckReader reader, ClaimServiceConfig config) {
        this.storedClaims = storedClaims;
        this.articles = articles;
        this.groups = groups;
        this.positions = positions;
        this.encoder = encoder;
        this.reader = reader;
        this.readCharacters = config.check().readCharacters();
    }

    public List<Match> check(String claim, int limit) {
        // The search in one transaction; the readings after it, holding no connection while the engine works.
        Found found = QuarkusTransaction.joiningExisting().call(() -> find(claim, limit));
        if (found == null) {
            return List.of();
        }
        Map<UUID, StanceResult> direct = reader.read(claim, found.target(), found.texts());
        List<Match> matches = new ArrayList<>(found.ranked().size());
        for (List<Scored> scored : found.ranked()) {
            StoredClaim best = scored.get(0).claim();
            SourceAndTitle article = found.shown().get(best.articleId);
            StanceResult reading = direct.get(best.articleId);
            if (reading != null && reading.stance() == Stance.UNRELATED) {
                continue;
            }
            PositionStance stance = reading != null ? stance(reading)
                    : stance(best, found.claimNegated(), found.readings().of(best), found.readings().affirms(best));
            matches.add(new Match(best.articleId, article.source(), article.title(), stance,
                    Math.round(scored.get(0).similarity() * 1000) / 1000.0, evidence(reading, scored)));
        }
        return matches;
    }

    /** The articles that answer, best first, and what their stance is judged from; null when none does. */
    private Found find(String claim, int limit) {
        String query = orQuery(claim);
        if (query.isEmpty()) {
            return null;
        }
        List<UUID> ids = storedClaims.searchIds(query, CANDIDATES);
        if (ids.isEmpty()) {
            return null;
        }
        float[] target = encoder.encode(claim);
        boolean claimNegated = negates(claim);
        Map<UUID, List<Scored>> byArticle = new HashMap<>();
        Set<UUID> seen = new HashSet<>(ids);
        addCandidates(ids, target, byArticle);
        if (byArticle.isEmpty()) {
            return null;
        }
        // Source, title and story only: the entities would bring every matched article's text along.
        Map<UUID, SourceAndTitle> shown = new HashMap<>(articles.sourcesAndTitlesOf(byArticle.keySet()));
        Set<UUID> claimStories = claimStories(ranked(byArticle, shown), shown);
        // The claim's stories searched again on their own: in a large store the best-ranked claims of the whole
        // store can all be elsewhere, and the stories' own articles are the ones that bear on the event.
        if (!claimStories.isEmpty()) {
            List<UUID> inStories = storedClaims.searchIdsInStories(query, claimStories, CANDIDATES).stream()
                    .filter(seen::add).toList();
            addCandidates(inStories, target, byArticle);
            Set<UUID> unknown = new HashSet<>(byArticle.keySet());
            unknown.removeAll(shown.keySet());
            shown.putAll(articles.sourcesAndTitlesOf(unknown));
        }
        List<List<Scored>> ranked = ranked(byArticle, shown);
        ranked.removeIf(scored -> !answers(scored.get(0).similarity(), claimStories.contains(
                shown.get(scored.get(0).claim().articleId).storyId())));
        ranked = List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        Map<UUID, TitleAndText> texts = claimNegated ? Map.of() : textsToRead(ranked);
        // The stored readings serve only the matches that are not read toward the claim.
        Readings readings = readingsOf(ranked.stream().map(scored -> scored.get(0).claim())
                .filter(best -> !texts.containsKey(best.articleId)).toList());
        return new Found(ranked, shown, readings, target, claimNegated, texts);
    }

    /** Adds the candidate claims at least {@link #MIN_SIMILARITY_IN_STORY} from the claim to their articles' lists. */
    private void addCandidates(List<UUID> ids, float[] target, Map<UUID, List<Scored>> byArticle) {
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
    }

    /** Each shown article's matches, best first, best article first. */
    private static List<List<Scored>> ranked(Map<UUID, List<Scored>> byArticle, Map<UUID, SourceAndTitle> shown) {
        List<List<Scored>> ranked = new ArrayList<>();
        byArticle.forEach((article, scored) -> {
            if (shown.containsKey(article)) {
                List<Scored> sorted = new ArrayList<>(scored);
                sorted.sort(Comparator.comparingDouble(Scored::similarity).reversed());
                ranked.add(sorted);
            }
        });
        ranked.sort(Comparator.comparingDouble((List<Scored> scored) -> scored.get(0).similarity()).reversed());
        return ranked;
    }

    /**
     * The best matches whose texts fit in {@code crosscheck.claims.check.read-characters}, in rank order: one long
     * article does not keep the rest from being read, and no check reads more than the budget.
     */
    private Map<UUID, TitleAndText> textsToRead(List<List<Scored>> ranked) {
        List<UUID> ids = ranked.stream().map(scored -> scored.get(0).claim().articleId).toList();
        List<UUID> chosen = withinBudget(ids, articles.textLengthsOf(ids), readCharacters);
        Map<UUID, TitleAndText> stored = articles.textsOf(chosen);
        Map<UUID, TitleAndText> texts = new LinkedHashMap<>();
        chosen.stream().filter(stored::containsKey).forEach(id -> texts.put(id, stored.get(id)));
        return texts;
    }

    /** The articles, in the given order, whose lengths fit together in the budget; one that would pass it is skipped. */
    static List<UUID> withinBudget(List<UUID> ids, Map<UUID, Integer> lengths, long budget) {
        List<UUID> chosen = new ArrayList<>();
        long left = budget;
        for (UUID id : ids) {
            Integer length = lengths.get(id);
            if (length != null && length <= left) {
                chosen.add(id);
                left -= length;
            }
        }
        return chosen;
    }

    /**
     * @param ranked each answering article's matching claims, best first, best article first
     * @param texts  the articles to read toward the claim itself, in rank order (none for a negated claim)
     */
    private record Found(List<List<Scored>> ranked, Map<UUID, SourceAndTitle> shown, Readings readings,
                         float[] target, boolean claimNegated, Map<UUID, TitleAndText> texts) {
    }

    /**
     * The article's stance toward the checked claim, read by the engine toward the claim itself. Measured on FNC-1
     * rumours held out of stance training (./evaluate stories, README), this is right more often than the reading
     * toward the matched claim's group, whose statement is another sentence of the story.
     */
    static PositionStance stance(StanceResult reading) {
        return switch (reading.stance()) {
            case SUPPORTS -> PositionStance.SUPPORTS;
            case DENIES -> PositionStance.DENIES;
            case DISCUSSES, UNRELATED -> PositionStance.DISCUSSES;
        };
    }

    /**
     * The sentences shown for the article: the one that carries the engine's reading first (for a denial, the
     * refuting one), then its claims closest to the checked claim, {@link #EVIDENCE_PER_ARTICLE} in all, each once.
     *
     * @param reading the engine's reading toward the claim, or null (not read)
     */
    static List<Evidence> evidence(StanceResult reading, List<Scored> scored) {
        Map<String, Evidence> shown = new LinkedHashMap<>();
        if (reading != null && !reading.evidence().isEmpty()) {
            var carrying = reading.evidence().get(0);
            shown.put(carrying.sentence().strip(), new Evidence(carrying.sentence(), carrying.start(), carrying.end()));
        }
        for (Scored s : scored) {
            if (shown.size() >= EVIDENCE_PER_ARTICLE) {
                break;
            }
            shown.putIfAbsent(s.claim().sentence.strip(),
                    new Evidence(s.claim().sentence, s.claim().spanStart, s.claim().spanEnd));
        }
        return List.copyOf(shown.values());
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
