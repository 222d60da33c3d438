-- A story that turned out to be two events (io.crosscheck.claim.story.StorySplits): the articles of its smaller part
-- moved to a new story, and the old id stays on the larger part. Both stories' reports name the split. The row goes
-- with the new story (merged away or emptied); the old id may by then redirect (story_redirect) or be gone.
CREATE TABLE story_split (
    into_story     uuid        PRIMARY KEY REFERENCES story (id) ON DELETE CASCADE,
    from_story     uuid        NOT NULL,
    moved_articles int         NOT NULL,
    split_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_split_from_idx ON story_split (from_story);
