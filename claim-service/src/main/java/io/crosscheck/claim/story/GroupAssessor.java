package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.EngineReading;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.story.report.Conflict;
import io.crosscheck.claim.story.report.ConflictKind;
import io.crosscheck.claim.story.report.Position;
import io.crosscheck.claim.story.report.PositionStance;
import io.crosscheck.nlp.extract.Attribution;
import io.crosscheck.nlp.extract.Claimant;
import io.crosscheck.nlp.extract.Polarity;
import io.crosscheck.nlp.extract.Quantity;
import io.crosscheck.nlp.stance.Stance;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Decides, for one claim group, each article's position, the conflicts between them and the group's status.
 * One rule set for the stored status (story lists) and the live report, so the two never disagree.
 */
public final class GroupAssessor {

    public record Assessment(List<Position> positions, List<Conflict> conflicts, GroupStatus status) {
    }

    /** At most this many conflicts of a kind per group: the report shows the disagreement, not every pair. */
    private static final int MAX_CONFLICTS_PER_KIND = 10;
    /** Share of the shorter claim's content words the other must have for their figures to be compared. */
    private static final double SAME_FACT_SHARED_WORDS = 0.5;
    private static final Pattern MEDIA_CLAIMANT = Pattern.compile(
            "\\b(reuters|associated press|ap|afp|bloomberg|report|reports|media|newspaper|outlet|broadcaster|tabloid)\\b",
            Pattern.CASE_INSENSITIVE);

    private GroupAssessor() {
    }

    /** Without readings of the stance engine: positions from the extraction alone. */
    public static Assessment assess(List<GroupMember> members) {
        return assess(members, Map.of(), true);
    }

    /**
     * @param readings the stance engine's reading of each article (by article id) toward the group's statement;
     *                 an article without one is judged from its extracted claims alone
     * @param statementAffirms whether the group's statement affirms its fact (a group founded on a denial states
     *                 the denial until an affirming claim joins)
     */
    public static Assessment assess(List<GroupMember> members, Map<UUID, EngineReading> readings, boolean statementAffirms) {
        return assess(members, readings, statementAffirms, Map.of(), Map.of(), SameFactJudge.BY_WORDING);
    }

    /**
     * @param sourceOfArticle the source of each article the engine read toward the group without a member claim in
     *                        it (the story's lead groups, see {@code crosscheck.claims.groups.lead-groups}); an
     *                        article missing here (no longer in the story) takes no such position
     * @param originOfArticle their origins ({@link StoryOrigins#originOf})
     * @param sameFact        whether two members whose figures differ state one fact (a NUMBER conflict)
     */
    public static Assessment assess(List<GroupMember> members, Map<UUID, EngineReading> readings, boolean statementAffirms,
                                    Map<UUID, String> sourceOfArticle, Map<UUID, String> originOfArticle,
                                    SameFactJudge sameFact) {
        Map<UUID, List<GroupMember>> byArticle = new LinkedHashMap<>();
        for (GroupMember member : members) {
            byArticle.computeIfAbsent(member.claim().articleId, id -> new ArrayList<>()).add(member);
        }
        List<Judged> judged = new ArrayList<>();
        for (List<GroupMember> articleMembers : byArticle.values()) {
            judged.add(position(articleMembers, readings.get(articleMembers.get(0).claim().articleId), statementAffirms));
        }
        readings.forEach((articleId, reading) -> {
            String source = sourceOfArticle.get(articleId);
            if (!byArticle.containsKey(articleId) && source != null) {
                readOnly(articleId, source, StoryOrigins.originOf(originOfArticle, articleId), reading, statementAffirms)
                        .ifPresent(position -> judged.add(new Judged(position, null)));
            }
        });
        List<Position> positions = judged.stream().map(Judged::position).toList();
        List<Conflict> conflicts = new ArrayList<>(denialConflicts(judged));
        conflicts.addAll(numberConflicts(members, null, sameFact));
        return new Assessment(positions, conflicts, status(positions, conflicts));
    }

    /**
     * Whether the article contests the group: its position denies, or a figure of its members differs from another
     * article's on the same fact. The part of the status an article joining can change in a group already
     * CORROBORATED (joining only adds positions and members).
     */
    public static boolean contestedBy(UUID articleId, List<GroupMember> members, EngineReading reading,
                                      boolean statementAffirms, SameFactJudge sameFact) {
        List<GroupMember> own = members.stream().filter(m -> m.claim().articleId.equals(articleId)).toList();
        if (!own.isEmpty() && position(own, reading, statementAffirms).position().stance() == PositionStance.DENIES) {
            return true;
        }
        return !own.isEmpty() && !numberConflicts(members, articleId, sameFact).isEmpty();
    }

    /** A position and, for a denial, whether someone denies a report (DENIAL) or the text says it did not happen. */
    private record Judged(Position position, ConflictKind denialKind) {
    }

    /**
     * An article's position on the fact: the stance engine's reading of the whole article toward the group's
     * statement, which the extraction's sentence-level polarity does not overrule. Measured on FNC-1 rumours held
     * out of the engine's training (./evaluate stories), a member sentence with a negation in it was a denial of
     * the group's fact once in 36 times: the negation is mostly about something else ("no one was hurt").
     * <ul>
     *   <li>DENIES, SUPPORTS and DISCUSSES readings are the position (an outlet's own sentence in a text the engine
     *   reads as discussion is a report it relays, not one it vouches for);</li>
     *   <li>an UNRELATED reading (the claim was grouped by similarity, and the engine cannot tie the article to the
     *   statement) leaves the extraction's reading, except that a negated member is then only DISCUSSES: a
     *   negation the engine cannot connect to the statement is no evidence of a denial;</li>
     *   <li>without a reading, or when the group's statement is itself a denial (the engine's SUPPORTS would mean
     *   agreeing with the denial), the extraction decides.</li>
     * </ul>
     */
    private static Judged position(List<GroupMember> articleMembers, EngineReading reading, boolean statementAffirms) {
        GroupMember chosen = articleMembers.stream()
                .max(Comparator.comparingInt((GroupMember m) -> rank(stance(m.claim())))
                        .thenComparingInt(m -> specificity(m.claim()))
                        .thenComparingDouble(m -> m.claim().checkworthiness))
                .orElseThrow();
        StoredClaim claim = chosen.claim();
        PositionStance fromClaims = statementAffirms ? stance(claim) : towardNegatedStatement(claim);
        PositionStance decided = decide(fromClaims, claim.hedged, reading, statementAffirms);
        Claimant claimant = claim.claimantName == null && claim.claimantRole == null ? null
                : new Claimant(claim.claimantName, claim.claimantRole);
        if (decided == PositionStance.DENIES && fromClaims != PositionStance.DENIES) {
            // The denial is in a sentence of its own: show it; who speaks is in that sentence, not in the member.
            String evidence = reading.evidence() != null ? reading.evidence() : claim.sentence;
            Position position = new Position(claim.articleId, chosen.source(), claim.id, decided, null, false, evidence,
                    chosen.origin());
            return new Judged(position, hasDenialCue(evidence) ? ConflictKind.DENIAL : ConflictKind.NEGATION);
        }
        Position position = new Position(claim.articleId, chosen.source(), claim.id, decided, claimant, claim.hedged,
                claim.sentence, chosen.origin());
        boolean attributedDenial = claim.attribution != Attribution.NONE
                || (claim.cue != null && Lexicon.DENIAL_VERBS.contains(claim.cue.toLowerCase(Locale.ROOT)));
        return new Judged(position, attributedDenial ? ConflictKind.DENIAL : ConflictKind.NEGATION);
    }

    /**
     * The position of an article the engine read toward the group without a claim of the article in it: SUPPORTS and
     * DISCUSSES as read, with the engine's evidence sentence and no claim. A DENIES reading takes no position: a
     * denial the extraction found no claim for is not shown (the extraction groups a denying sentence with the fact
     * it denies, so an article that states a denial has a member), and a false denial costs more than a missing one.
     * Nor does a group whose statement is itself a denial (the engine's SUPPORTS would mean agreeing with the denial).
     */
    static Optional<Position> readOnly(UUID articleId, String source, String origin, EngineReading reading,
                                                 boolean statementAffirms) {
        if (!statementAffirms || reading.evidence() == null
                || (reading.stance() != Stance.SUPPORTS && reading.stance() != Stance.DISCUSSES)) {
            return Optional.empty();
        }
        PositionStance stance = reading.stance() == Stance.SUPPORTS ? PositionStance.SUPPORTS : PositionStance.DISCUSSES;
        return Optional.of(new Position(articleId, source, null, stance, null, false, reading.evidence(), origin));
    }

    /**
     * The readings toward a group, with each DENIES the story's headline does not back read as DISCUSSES: the engine's
     * denial of a group's statement (a sentence of some article) stands only where it also reads the article as
     * denying the story's headline, the claim it reads best (it learnt from headlines). Alone, a DENIES toward a
     * statement was a denying body once in eight (./evaluate stories: over five folds 11 of 85; most deny something
     * else the sentence mentions), and a false denial costs a fact-checker more than a missing one.
     *
     * @param headlineReadings the engine's reading of each article toward its story's headline group (empty when the
     *                         story has none: then no denial is backed)
     */
    public static Map<UUID, EngineReading> backedByHeadline(Map<UUID, EngineReading> readings,
                                                            Map<UUID, EngineReading> headlineReadings) {
        Map<UUID, EngineReading> backed = new LinkedHashMap<>(readings);
        backed.replaceAll((articleId, reading) -> backedByHeadline(reading, headlineReadings.get(articleId)));
        return backed;
    }

    /** One article's reading toward a group, its DENIES read as DISCUSSES unless the headline reading denies too. */
    public static EngineReading backedByHeadline(EngineReading reading, EngineReading headlineReading) {
        if (reading == null || reading.stance() != Stance.DENIES
                || (headlineReading != null && headlineReading.stance() == Stance.DENIES)) {
            return reading;
        }
        return new EngineReading(Stance.DISCUSSES, reading.confidence(), reading.evidence());
    }

    /**
     * @param hedged whether the chosen member is hedged: an outlet's hedged claim in its own voice is what the engine
     *               reads as discussion, and the report says so as a hedged SUPPORTS (the same reading, with the hedge
     *               shown); the evaluation counts a hedged SUPPORTS as DISCUSSES
     */
    public static PositionStance decide(PositionStance fromClaims, boolean hedged, EngineReading reading, boolean statementAffirms) {
        if (reading == null || !statementAffirms) {
            return fromClaims;
        }
        return switch (reading.stance()) {
            case DENIES -> PositionStance.DENIES;
            case SUPPORTS -> PositionStance.SUPPORTS;
            case DISCUSSES -> hedged && fromClaims == PositionStance.SUPPORTS ? PositionStance.SUPPORTS : PositionStance.DISCUSSES;
            case UNRELATED -> fromClaims == PositionStance.DENIES ? PositionStance.DISCUSSES : fromClaims;
        };
    }

    private static boolean hasDenialCue(String sentence) {
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Lexicon.DENIAL_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Kremlin spokesman Dmitry Peskov" is better evidence of who says it than "the Kremlin". */
    private static int specificity(StoredClaim claim) {
        return (claim.claimantName != null ? 1 : 0) + (claim.claimantRole != null ? 1 : 0);
    }

    public static PositionStance stance(StoredClaim claim) {
        if (claim.polarity == Polarity.DENIES) {
            return PositionStance.DENIES;
        }
        return relayed(claim) ? PositionStance.DISCUSSES : PositionStance.SUPPORTS;
    }

    /**
     * A member's stance toward a statement that is itself negated ("law and order has to be maintained, and not lynch
     * justice"; a group founded on a denial keeps it as its statement until an affirming claim joins): repeating the
     * negation agrees with the statement, affirming what it negates denies it. Measured on FNC-1 rumours, reading
     * the member's negation as a denial of the group made 13 of 23 false denials (./evaluate stories).
     */
    static PositionStance towardNegatedStatement(StoredClaim claim) {
        if (claim.polarity != Polarity.DENIES) {
            return PositionStance.DENIES;
        }
        return relayed(claim) ? PositionStance.DISCUSSES : PositionStance.SUPPORTS;
    }

    private static boolean relayed(StoredClaim claim) {
        return claim.attribution != Attribution.NONE
                && ((claim.cue != null && Lexicon.RELAYING_VERBS.contains(claim.cue.toLowerCase(Locale.ROOT)))
                || mediaClaimant(claim));
    }

    private static boolean mediaClaimant(StoredClaim claim) {
        String who = (claim.claimantName == null ? "" : claim.claimantName) + " "
                + (claim.claimantRole == null ? "" : claim.claimantRole);
        return MEDIA_CLAIMANT.matcher(who).find();
    }

    private static int rank(PositionStance stance) {
        return switch (stance) {
            case DENIES -> 3;
            case SUPPORTS -> 2;
            case DISCUSSES -> 1;
        };
    }

    private static List<Conflict> denialConflicts(List<Judged> judged) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Judged denying : judged) {
            Position denial = denying.position();
            if (denial.stance() != PositionStance.DENIES) {
                continue;
            }
            for (Judged supporting : judged) {
                Position support = supporting.position();
                // A conflict names two claims: a position read without a claim of its article has none to name.
                if (support.stance() != PositionStance.SUPPORTS || support.claimId() == null
                        || conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
                    continue;
                }
                ConflictKind kind = denying.denialKind();
                String who = denial.claimant() != null && denial.claimant().name() != null
                        ? denial.claimant().name() + " (" + denial.source() + ")" : denial.source();
                conflicts.add(new Conflict(kind, List.of(support.claimId(), denial.claimId()),
                        support.source() + " reports it; " + who + (kind == ConflictKind.DENIAL ? " denies it" : " says it did not happen")));
            }
        }
        return conflicts;
    }

    /**
     * Pairs of members with figures only, and no further once the report has enough to show the disagreement.
     * @param ofArticle only pairs with a member of this article, or null for all pairs
     * @param sameFact  the last word on a pair whose figures differ and whose wording overlaps (it costs most)
     */
    private static List<Conflict> numberConflicts(List<GroupMember> members, UUID ofArticle, SameFactJudge sameFact) {
        List<GroupMember> counted = members.stream()
                .filter(m -> m.claim().quantities != null && !m.claim().quantities.isEmpty()).toList();
        // Each member's words once, not once per pair, and only for pairs whose figures differ: a big group has
        // thousands of members with figures, and stemming both texts of every pair made filing into it quadratic in
        // stemming (./bench ingest).
        List<Set<String>> words = new ArrayList<>(Collections.nCopies(counted.size(), (Set<String>) null));
        IntFunction<Set<String>> wordsOf = k -> {
            if (words.get(k) == null) {
                words.set(k, contentWords(counted.get(k).claim().text));
            }
            return words.get(k);
        };
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            for (int j = i + 1; j < counted.size(); j++) {
                StoredClaim a = counted.get(i).claim();
                StoredClaim b = counted.get(j).claim();
                if (a.articleId.equals(b.articleId)
                        || (ofArticle != null && !a.articleId.equals(ofArticle) && !b.articleId.equals(ofArticle))) {
                    continue;
                }
                Optional<String> differing = differingFigures(counted.get(i), counted.get(j));
                if (differing.isPresent() && sameWording(wordsOf.apply(i), wordsOf.apply(j))
                        && sameFact.sameFactToldTwoWays(a, b)) {
                    conflicts.add(new Conflict(ConflictKind.NUMBER, List.of(a.id, b.id), differing.get()));
                    if (conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
                        return conflicts;
                    }
                }
            }
        }
        return conflicts;
    }

    /** The first pair of figures in one unit that differ, as the conflict's detail. */
    private static Optional<String> differingFigures(GroupMember a, GroupMember b) {
        for (Quantity qa : a.claim().quantities) {
            for (Quantity qb : b.claim().quantities) {
                if (sameUnit(qa, qb) && differ(qa.value(), qb.value())) {
                    return Optional.of(a.source() + " says \"" + qa.text() + "\", " + b.source() + " says \"" + qb.text() + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two figures conflict only about the same fact: a group gathers claims about one event, and "3 people were
     * arrested" and "12 people were injured" in it are two facts, not a disagreement. Same fact here means half
     * of the shorter claim's content words (figures aside) are in the other.
     */
    static boolean sameWording(String a, String b) {
        return sameWording(contentWords(a), contentWords(b));
    }

    private static boolean sameWording(Set<String> wordsA, Set<String> wordsB) {
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        long shared = wordsA.stream().filter(wordsB::contains).count();
        return shared >= SAME_FACT_SHARED_WORDS * Math.min(wordsA.size(), wordsB.size());
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(TextAnalysis.contentStems(TextAnalysis.words(text == null ? "" : text)));
        words.removeIf(word -> word.chars().anyMatch(Character::isDigit));
        return words;
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() != null && b.unit() != null && !a.unit().isBlank()
                && a.unit().strip().equalsIgnoreCase(b.unit().strip());
    }

    private static boolean differ(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale > 0 && Math.abs(a - b) / scale > 0.005;
    }

    /**
     * CORROBORATED needs two supporting positions that differ in source and in origin: one outlet saying it twice is
     * one source, and two outlets running one agency's copy are one report. Such a pair exists exactly when the
     * supporting positions have two sources and two origins: take any (s1, o1); a position differing in both is the
     * pair; else every position shares s1 or o1, and (s1, o') with (s', o1), which two sources and two origins
     * guarantee, differ in both.
     */
    private static GroupStatus status(List<Position> positions, List<Conflict> conflicts) {
        boolean denied = positions.stream().anyMatch(p -> p.stance() == PositionStance.DENIES);
        boolean numbersDisagree = conflicts.stream().anyMatch(c -> c.kind() == ConflictKind.NUMBER);
        if (denied || numbersDisagree) {
            return GroupStatus.CONTESTED;
        }
        List<Position> supporting = positions.stream().filter(p -> p.stance() == PositionStance.SUPPORTS).toList();
        long sources = supporting.stream().map(p -> p.source().strip().toLowerCase(Locale.ROOT)).distinct().count();
        long origins = supporting.stream().map(p -> p.origin() == null ? StoryOrigins.ownOrigin(p.articleId()) : p.origin())
                .distinct().count();
        return sources >= 2 && origins >= 2 ? GroupStatus.CORROBORATED : GroupStatus.SINGLE_SOURCE;
    }
}
