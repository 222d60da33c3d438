package io.crosscheck.claim.story;

import io.crosscheck.claim.engine.ComparisonEngine;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.claim.persistence.StoredClaimRepository;
import io.crosscheck.nlp.compare.ComparedText;
import io.crosscheck.nlp.compare.Relation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link SameFactJudge} by the learnt same-fact comparator ({@code POST /compare}): a pair is one fact told two ways
 * when the comparator finds them CONFLICTS, i.e. they would be the same fact if their differing details agreed.
 * The claims' stored embeddings are read as pairs come up (a group's members are loaded without them).
 */
@ApplicationScoped
public class ComparatorJudge {

    private final ComparisonEngine comparison;
    private final StoredClaimRepository storedClaims;

    public ComparatorJudge(ComparisonEngine comparison, StoredClaimRepository storedClaims) {
        this.comparison = comparison;
        this.storedClaims = storedClaims;
    }

    /** A judge for one assessment: each claim is read once however many pairs it is in. */
    public SameFactJudge forAssessment() {
        Map<UUID, ComparedText> read = new HashMap<>();
        return (a, b) -> {
            ComparedText first = read.computeIfAbsent(a.id, id -> read(a));
            ComparedText second = read.computeIfAbsent(b.id, id -> read(b));
            return comparison.compare(first, second).relation() == Relation.CONFLICTS;
        };
    }

    /**
     * Whether two group statements state one fact: the same, or told two ways (CONFLICTS: a different figure, or the
     * fact and its denial), which one group shows as a conflict.
     */
    public boolean statesOneFact(String a, float[] aEmbedding, String b, float[] bEmbedding) {
        Relation relation = comparison.compare(comparison.read(a, aEmbedding), comparison.read(b, bEmbedding)).relation();
        return relation == Relation.SAME || relation == Relation.CONFLICTS;
    }

    private ComparedText read(StoredClaim claim) {
        float[] embedding = storedClaims.embeddingsOf(List.of(claim.id)).get(claim.id);
        return comparison.read(claim.text, embedding != null ? embedding : comparison.embed(claim.text));
    }
}
