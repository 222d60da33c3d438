-- A story that later coverage showed to be part of another is merged into it; its id keeps answering, with
-- where it went (GET /stories/{id} -> 308), so that links and bookmarks handed out stay resolvable. A redirect
-- follows its target when that is merged in turn, and goes when the target is deleted (its articles all gone).
CREATE TABLE story_redirect (
    from_story uuid        PRIMARY KEY,
    to_story   uuid        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    merged_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_redirect_to_idx ON story_redirect (to_story);
