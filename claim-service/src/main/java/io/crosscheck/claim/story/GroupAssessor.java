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
import io.crosscheck.nlp.text.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
    private static final Pattern MEDIA_CLAIMANT = Pattern.compile(
            "\\b(reuters|associated press|ap|afp|bloomberg|report|reports|media|newspaper|outlet|broadcaster|tabloid)\\b",
            Pattern.CASE_INSENSITIVE);

    private GroupAssessor() {
    }

    /** Without readings of the stance engine: positions from the extraction alone. */
    public static Assessment assess(List<GroupMember> members) {
        return assess(members, Map.of());
    }

    /**
     * @param readings the stance engine's reading of each article (by article id) toward the group's statement;
     *                 an article without one is judged from its extracted claims alone
     */
    public static Assessment assess(List<GroupMember> members, Map<UUID, EngineReading> readings) {
        Map<UUID, List<GroupMember>> byArticle = new LinkedHashMap<>();
        for (GroupMember member : members) {
            byArticle.computeIfAbsent(member.claim().articleId, id -> new ArrayList<>()).add(member);
        }
        List<Judged> judged = new ArrayList<>();
        for (List<GroupMember> articleMembers : byArticle.values()) {
            judged.add(position(articleMembers, readings.get(articleMembers.get(0).claim().articleId)));
        }
        List<Position> positions = judged.stream().map(Judged::position).toList();
        List<Conflict> conflicts = new ArrayList<>(denialConflicts(judged));
        conflicts.addAll(numberConflicts(members));
        return new Assessment(positions, conflicts, status(positions, conflicts));
    }

    /** A position and, for a denial, whether someone denies a report (DENIAL) or the text says it did not happen. */
    private record Judged(Position position, ConflictKind denialKind) {
    }

    /**
     * An article's position on the fact. The extracted claims give the sentence-level reading (the strongest of the
     * article's members: a denial outweighs support, support outweighs relaying); the stance engine, which reads
     * the whole article toward the group's statement, decides what the sentences cannot:
     * <ul>
     *   <li>a member sentence that denies the fact is a denial, whatever the engine says (it reads plain denials
     *   less reliably than the extraction's polarity rules);</li>
     *   <li>the engine's DENIES wins otherwise: the article refutes the fact in a sentence that is not a member
     *   (a debunk later in the text, a denial attached to another wording);</li>
     *   <li>an outlet stating the fact in its own voice, or through its own unnamed sources, supports it (hedged
     *   when it hedges);</li>
     *   <li>a claim the article attributes to someone is supported or only discussed as the engine reads the
     *   article (FNC-1's agree/discuss); when the engine finds the article unrelated (it was grouped by
     *   similarity, so that is the engine's miss) the extraction's reading stands.</li>
     * </ul>
     */
    private static Judged position(List<GroupMember> articleMembers, EngineReading reading) {
        GroupMember chosen = articleMembers.stream()
                .max(Comparator.comparingInt((GroupMember m) -> rank(stance(m.claim())))
                        .thenComparingInt(m -> specificity(m.claim()))
                        .thenComparingDouble(m -> m.claim().checkworthiness))
                .orElseThrow();
        StoredClaim claim = chosen.claim();
        PositionStance fromClaims = stance(claim);
        PositionStance decided = decide(fromClaims, claim, reading);
        Claimant claimant = claim.claimantName == null && claim.claimantRole == null ? null
                : new Claimant(claim.claimantName, claim.claimantRole);
        if (decided == PositionStance.DENIES && fromClaims != PositionStance.DENIES) {
            // The denial is in a sentence of its own: show it; who speaks is in that sentence, not in the member.
            String evidence = reading.evidence() != null ? reading.evidence() : claim.sentence;
            Position position = new Position(claim.articleId, chosen.source(), claim.id, decided, null, false, evidence);
            return new Judged(position, hasDenialCue(evidence) ? ConflictKind.DENIAL : ConflictKind.NEGATION);
        }
        Position position = new Position(claim.articleId, chosen.source(), claim.id, decided, claimant, claim.hedged,
                claim.sentence);
        boolean attributedDenial = claim.attribution != Attribution.NONE
                || (claim.cue != null && Lexicon.DENIAL_VERBS.contains(claim.cue.toLowerCase(Locale.ROOT)));
        return new Judged(position, attributedDenial ? ConflictKind.DENIAL : ConflictKind.NEGATION);
    }

    static PositionStance decide(PositionStance fromClaims, StoredClaim claim, EngineReading reading) {
        if (reading == null || fromClaims == PositionStance.DENIES) {
            return fromClaims;
        }
        return switch (reading.stance()) {
            case DENIES -> PositionStance.DENIES;
            case UNRELATED -> fromClaims;
            case SUPPORTS -> PositionStance.SUPPORTS;
            case DISCUSSES -> ownReporting(claim) ? fromClaims : PositionStance.DISCUSSES;
        };
    }

    /**
     * The outlet's own voice, or its own unnamed sources ("sources suggest", "people familiar with the matter
     * said"): the outlet vouches for them, hedged or not, so that is its own report, not one it relays.
     */
    private static boolean ownReporting(StoredClaim claim) {
        return claim.attribution == Attribution.NONE || claim.attribution == Attribution.ANONYMOUS;
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
        boolean relayed = claim.attribution != Attribution.NONE
                && ((claim.cue != null && Lexicon.RELAYING_VERBS.contains(claim.cue.toLowerCase(Locale.ROOT)))
                || mediaClaimant(claim));
        return relayed ? PositionStance.DISCUSSES : PositionStance.SUPPORTS;
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
                if (support.stance() != PositionStance.SUPPORTS || conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
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

    /** Pairs of members with figures only, and no further once the report has enough to show the disagreement. */
    private static List<Conflict> numberConflicts(List<GroupMember> members) {
        List<GroupMember> counted = members.stream()
                .filter(m -> m.claim().quantities != null && !m.claim().quantities.isEmpty()).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            for (int j = i + 1; j < counted.size(); j++) {
                StoredClaim a = counted.get(i).claim();
                StoredClaim b = counted.get(j).claim();
                if (a.articleId.equals(b.articleId)) {
                    continue;
                }
                for (Quantity qa : a.quantities) {
                    for (Quantity qb : b.quantities) {
                        if (sameUnit(qa, qb) && differ(qa.value(), qb.value())) {
                            conflicts.add(new Conflict(ConflictKind.NUMBER, List.of(a.id, b.id),
                                    counted.get(i).source() + " says \"" + qa.text() + "\", " + counted.get(j).source()
                                            + " says \"" + qb.text() + "\""));
                            if (conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
                                return conflicts;
                            }
                        }
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() != null && b.unit() != null && !a.unit().isBlank()
                && a.unit().strip().equalsIgnoreCase(b.unit().strip());
    }

    private static boolean differ(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale > 0 && Math.abs(a - b) / scale > 0.005;
    }

    private static GroupStatus status(List<Position> positions, List<Conflict> conflicts) {
        boolean denied = positions.stream().anyMatch(p -> p.stance() == PositionStance.DENIES);
        boolean numbersDisagree = conflicts.stream().anyMatch(c -> c.kind() == ConflictKind.NUMBER);
        if (denied || numbersDisagree) {
            return GroupStatus.CONTESTED;
        }
        long supportingSources = positions.stream().filter(p -> p.stance() == PositionStance.SUPPORTS)
                .map(p -> p.source().strip().toLowerCase(Locale.ROOT)).distinct().count();
        return supportingSources >= 2 ? GroupStatus.CORROBORATED : GroupStatus.SINGLE_SOURCE;
    }
}
