package io.crosscheck.claim.story;

import io.crosscheck.claim.persistence.StoredClaim;

/**
 * A claim of a group together with the outlet of its article and the origin of the article's text.
 *
 * @param origin the label its article shares with the other copies of its text in the story ({@link StoryOrigins})
 */
public record GroupMember(StoredClaim claim, String source, String origin) {

    /** A member whose article is its own origin: no other article of the story is a copy of it. */
    public GroupMember(StoredClaim claim, String source) {
        this(claim, source, StoryOrigins.ownOrigin(claim.articleId));
    }
}
