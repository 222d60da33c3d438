package io.crosscheck.claim.api;

import io.crosscheck.problem.ProblemException;
import java.nio.charset.StandardCharsets;

/** The field checks several endpoints share, so that a claim or a text is refused the same way everywhere. */
final class RequestChecks {

    /** A claim is one statement, not an article. */
    static final int MAX_CLAIM_LENGTH = 2000;

    private RequestChecks() {
    }

    static String requireClaim(String claim) {
        return requireClaim("claim", claim);
    }

    /** @param field the request field holding the claim, named in the problem */
    static String requireClaim(String field, String claim) {
        if (claim == null || claim.isBlank()) {
            throw ProblemException.badField(field, "is required");
        }
        if (claim.length() > MAX_CLAIM_LENGTH) {
            throw ProblemException.badField(field, "must be at most " + MAX_CLAIM_LENGTH + " characters");
        }
        return claim.strip();
    }

    static String requireText(String field, String text, int maxBytes) {
        if (text == null) {
            throw ProblemException.badField(field, "is required");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw ProblemException.tooLarge(field, "must be at most " + maxBytes + " bytes of UTF-8");
        }
        return text;
    }
}
