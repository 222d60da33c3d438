package io.crosscheck.claim.analysis;

import io.crosscheck.claim.analysis.report.Conflict;
import io.crosscheck.claim.analysis.report.ConflictKind;
import io.crosscheck.claim.analysis.report.Position;
import io.crosscheck.claim.analysis.report.PositionStance;
import io.crosscheck.claim.extract.Attribution;
import io.crosscheck.claim.extract.Claimant;
import io.crosscheck.claim.extract.Polarity;
import io.crosscheck.claim.extract.Quantity;
import io.crosscheck.claim.model.GroupStatus;
import io.crosscheck.claim.model.StoredClaim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Set<String> DENIAL_CUES = Set.of("denied", "denies", "deny", "rejected", "rejects",
            "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes", "contradicted", "rebuffed");
    /** Cues with which an article relays another's claim without endorsing it. */
    private static final Set<String> RELAYING_CUES = Set.of("claimed", "claims", "claim", "alleged", "alleges",
            "reported", "reports", "rumoured", "rumored");
    private static final Pattern MEDIA_CLAIMANT = Pattern.compile(
            "\\b(reuters|associated press|ap|afp|bloomberg|report|reports|media|newspaper|outlet|broadcaster|tabloid)\\b",
            Pattern.CASE_INSENSITIVE);

    private GroupAssessor() {
    }

    public static Assessment assess(List<GroupMember> members) {
        Map<UUID, List<GroupMember>> byArticle = new LinkedHashMap<>();
        for (GroupMember member : members) {
            byArticle.computeIfAbsent(member.claim().articleId, id -> new ArrayList<>()).add(member);
        }
        List<Position> positions = new ArrayList<>();
        for (List<GroupMember> articleMembers : byArticle.values()) {
            positions.add(position(articleMembers));
        }
        List<Conflict> conflicts = new ArrayList<>(denialConflicts(positions, members));
        conflicts.addAll(numberConflicts(members));
        return new Assessment(positions, conflicts, status(positions, conflicts));
    }

    /** An article's strongest word on the fact: a denial outweighs support, support outweighs relaying. */
    private static Position position(List<GroupMember> articleMembers) {
        GroupMember chosen = articleMembers.stream()
                .max(Comparator.comparingInt((GroupMember m) -> rank(stance(m.claim())))
                        .thenComparingInt(m -> specificity(m.claim()))
                        .thenComparingDouble(m -> m.claim().checkworthiness))
                .orElseThrow();
        StoredClaim claim = chosen.claim();
        Claimant claimant = claim.claimantName == null && claim.claimantRole == null ? null
                : new Claimant(claim.claimantName, claim.claimantRole);
        return new Position(claim.articleId, chosen.source(), claim.id, stance(claim), claimant, claim.hedged,
                claim.sentence);
    }

    /** "Kremlin spokesman Dmitry Peskov" is better evidence of who says it than "the Kremlin". */
    private static int specificity(StoredClaim claim) {
        return (claim.claimantName != null ? 1 : 0) + (claim.claimantRole != null ? 1 : 0);
    }

    static PositionStance stance(StoredClaim claim) {
        if (claim.polarity == Polarity.DENIES) {
            return PositionStance.DENIES;
        }
        boolean relayed = claim.attribution != Attribution.NONE
                && ((claim.cue != null && RELAYING_CUES.contains(claim.cue.toLowerCase(Locale.ROOT)))
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

    private static List<Conflict> denialConflicts(List<Position> positions, List<GroupMember> members) {
        Map<UUID, StoredClaim> claims = new LinkedHashMap<>();
        members.forEach(m -> claims.put(m.claim().id, m.claim()));
        List<Conflict> conflicts = new ArrayList<>();
        for (Position denial : positions) {
            if (denial.stance() != PositionStance.DENIES) {
                continue;
            }
            for (Position support : positions) {
                if (support.stance() != PositionStance.SUPPORTS || conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
                    continue;
                }
                StoredClaim denying = claims.get(denial.claimId());
                boolean attributedDenial = denying.attribution != Attribution.NONE
                        || (denying.cue != null && DENIAL_CUES.contains(denying.cue.toLowerCase(Locale.ROOT)));
                ConflictKind kind = attributedDenial ? ConflictKind.DENIAL : ConflictKind.NEGATION;
                String who = denial.claimant() != null && denial.claimant().name() != null
                        ? denial.claimant().name() + " (" + denial.source() + ")" : denial.source();
                conflicts.add(new Conflict(kind, List.of(support.claimId(), denial.claimId()),
                        support.source() + " reports it; " + who + (kind == ConflictKind.DENIAL ? " denies it" : " says it did not happen")));
            }
        }
        return conflicts;
    }

    private static List<Conflict> numberConflicts(List<GroupMember> members) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                StoredClaim a = members.get(i).claim();
                StoredClaim b = members.get(j).claim();
                if (a.articleId.equals(b.articleId) || conflicts.size() >= MAX_CONFLICTS_PER_KIND) {
                    continue;
                }
                for (Quantity qa : nullSafe(a.quantities)) {
                    for (Quantity qb : nullSafe(b.quantities)) {
                        if (sameUnit(qa, qb) && differ(qa.value(), qb.value())) {
                            conflicts.add(new Conflict(ConflictKind.NUMBER, List.of(a.id, b.id),
                                    members.get(i).source() + " says \"" + qa.text() + "\", " + members.get(j).source()
                                            + " says \"" + qb.text() + "\""));
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

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
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
