package io.crosscheck.claim.check;

import io.crosscheck.claim.persistence.ReceivedArticleRepository.SourceAndTitle;
import io.crosscheck.claim.persistence.ReceivedArticleRepository;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.claim.story.GroupAssessor;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.embed.SentenceEncoder;
import io.crosscheck.nlp.embed.Vectors;
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
 * embedding similarity, and the stance follows from the polarity of the matching claims against the query's.
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
    private static final int CANDIDATES = 300;
    private static final int EVIDENCE_PER_ARTICLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]{2,}");

    private final StoredClaimRepository storedClaims;
    private final ReceivedArticleRepository articles;
    private final SentenceEncoder encoder;

    public ClaimCheckService(StoredClaimRepository storedClaims, ReceivedArticleRepository articles,
                             SentenceEncoder encoder) {
        this.storedClaims = storedClaims;
        this.articles = articles;
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
            if (similarity >= MIN_SIMILARITY) {
                byArticle.computeIfAbsent(candidate.articleId, a -> new ArrayList<>()).add(new Scored(candidate, similarity));
            }
        }
        if (byArticle.isEmpty()) {
            return List.of();
        }
        // Source and title only: the entities would bring every matched article's text along.
        Map<UUID, SourceAndTitle> shown = articles.sourcesAndTitlesOf(byArticle.keySet());
        List<Match> matches = new ArrayList<>();
        byArticle.forEach((articleId, scored) -> {
            SourceAndTitle article = shown.get(articleId);
            if (article == null) {
                return;
            }
            scored.sort(Comparator.comparingDouble(Scored::similarity).reversed());
            StoredClaim best = scored.get(0).claim();
            List<Evidence> evidence = scored.stream().limit(EVIDENCE_PER_ARTICLE)
                    .map(s -> new Evidence(s.claim().sentence, s.claim().spanStart, s.claim().spanEnd)).toList();
            matches.add(new Match(articleId, article.source(), article.title(), stance(best, claimNegated),
                    Math.round(scored.get(0).similarity() * 1000) / 1000.0, evidence));
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /** Whether the checked claim is itself a negation ("The Kremlin did not receive ..."). */
    static boolean negates(String claim) {
        return TextAnalysis.words(claim).stream().anyMatch(Lexicon.CHECK_NEGATIONS::contains);
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

    private record Scored(StoredClaim claim, double similarity) {
    }
}
