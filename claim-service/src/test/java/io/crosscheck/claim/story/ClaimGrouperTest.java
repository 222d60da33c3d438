package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.ClaimGroup;
import io.crosscheck.claim.persistence.GroupStatus;
import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.nlp.embed.Vectors;
import io.crosscheck.nlp.extract.Entity;
import io.crosscheck.nlp.extract.EntityType;
import io.crosscheck.nlp.extract.Polarity;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Which group a claim joins: embedding closeness, adjusted by the names it shares with the group's statement. */
class ClaimGrouperTest {

    private static final String STATEMENT = "Mara Kell said the Northfield bridge was closed on Friday.";

    @Test
    void sharedNamesRaiseTheScoreAndNoSharedNameLowersIt() {
        float[] group = vector(1, 0, 0);
        float[] claimVector = vector(0.8, 0.6, 0);
        double cosine = Vectors.cosine(claimVector, group);
        StoredClaim sharing = claim(claimVector, new Entity("Kell", EntityType.PERSON),
                new Entity("Northfield", EntityType.LOCATION));
        StoredClaim foreign = claim(claimVector, new Entity("Osei", EntityType.PERSON));
        StoredClaim unnamed = claim(claimVector);
        assertEquals(cosine + 0.10, ClaimGrouper.similarity(sharing, STATEMENT, group), 1e-6);
        assertEquals(cosine - 0.08, ClaimGrouper.similarity(foreign, STATEMENT, group), 1e-6);
        assertEquals(cosine, ClaimGrouper.similarity(unnamed, STATEMENT, group), 1e-6);
    }

    @Test
    void theClosestGroupAboveTheThresholdIsJoined() {
        ClaimGrouper.Candidate near = candidate(vector(0.9, 0.1, 0));
        ClaimGrouper.Candidate far = candidate(vector(0, 1, 0));
        StoredClaim claim = claim(vector(1, 0, 0));
        assertSame(near, ClaimGrouper.closest(claim, List.of(far, near), 0.8));
        assertNull(ClaimGrouper.closest(claim, List.of(far), 0.8), "not close enough: the claim opens a group");
        assertNull(ClaimGrouper.closest(claim, List.of(), 0.8));
    }

    @Test
    void joiningLeavesAContestedGroupContestedUnlessItWasRestated() {
        ClaimGroup contested = group(GroupStatus.CONTESTED);
        ClaimGroup corroborated = group(GroupStatus.CORROBORATED);
        ClaimGroup restated = group(GroupStatus.CONTESTED);
        assertEquals(List.of(corroborated, restated),
                ClaimGrouper.needingRefresh(List.of(contested, corroborated, restated), Set.of(restated)));
    }

    @Test
    void aDenialFoundedGroupTakesTheAffirmingWordingWhenRestated() {
        ClaimGrouper.Candidate denied = new ClaimGrouper.Candidate(UUID.randomUUID(),
                "The bridge was not closed.", Polarity.DENIES, vector(1, 0, 0));
        StoredClaim affirming = claim(vector(0.9, 0.1, 0));
        affirming.text = "The bridge was closed.";
        denied.restate(affirming);
        assertEquals("The bridge was closed.", denied.statement);
        assertEquals(Polarity.AFFIRMS, denied.polarity);
        assertSame(affirming.embedding, denied.embedding);
    }

    private static ClaimGrouper.Candidate candidate(float[] embedding) {
        return new ClaimGrouper.Candidate(UUID.randomUUID(), STATEMENT, Polarity.AFFIRMS, embedding);
    }

    private static StoredClaim claim(float[] embedding, Entity... entities) {
        StoredClaim claim = new StoredClaim();
        claim.id = UUID.randomUUID();
        claim.text = "A claim.";
        claim.embedding = embedding;
        claim.entities = List.of(entities);
        return claim;
    }

    private static ClaimGroup group(GroupStatus status) {
        ClaimGroup group = new ClaimGroup();
        group.id = UUID.randomUUID();
        group.status = status;
        return group;
    }

    private static float[] vector(double... values) {
        float[] v = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = (float) values[i];
        }
        return Vectors.normalize(v);
    }
}
