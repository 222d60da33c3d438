package io.crosscheck.claim.pipeline;

import io.crosscheck.claim.persistence.StoredClaim;
import io.crosscheck.nlp.stance.AnalyzedArticle;
import java.util.List;
import java.util.UUID;

/**
 * What an article's analysis computes before it touches any story: its claims with embeddings (not yet stored),
 * and the stance engine's view of the text. The content hash and version say which content it was computed from.
 */
record PreparedArticle(UUID articleId, String contentHash, long articleVersion, List<StoredClaim> claims,
                       AnalyzedArticle stanceView) {
}
