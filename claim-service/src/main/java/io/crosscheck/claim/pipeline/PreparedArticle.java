package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an article's analysis computes before it touches any story: its claims and their embeddings, and the stance
 * engine's view of the text, and what tells its origin. The content hash and version say which content it was
 * computed from.
 *
 * @param claims          the extracted claims kept (at most the per-article limit), in article order
 * @param vectors         each claim's MiniLM vector, by index
 * @param originSignature the text's {@code TextSignature} (null for a text without words)
 * @param wireAgency      the agency the article credits, or null
 */
record PreparedArticle(UUID articleId, String contentHash, long articleVersion, List<ExtractedClaim> claims,
                       float[][] vectors, AnalyzedArticle stanceView, int[] originSignature, String wireAgency) {

    /**
     * The claims as new, not yet stored rows. New ones for every filing attempt: an attempt that was rolled back
     * leaves its rows in a state Hibernate must not be handed again.
     */
    List<StoredClaim> newClaimRows() {
        List<StoredClaim> rows = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            StoredClaim row = StoredClaim.of(claims.get(i), articleId, i);
            row.embedding = vectors[i];
            rows.add(row);
        }
        return rows;
    }
}
