-- The stance engine's reading of each article toward each claim group the article has a member in
-- (io.crosscheck.claim.analysis.EnginePositions): taken when the article is analysed, because it needs
-- the article's whole text, and read with the group's members to decide the article's position.
CREATE TABLE article_position (
    group_id   uuid             NOT NULL REFERENCES claim_group (id) ON DELETE CASCADE,
    article_id uuid             NOT NULL,
    -- SUPPORTS | DENIES | DISCUSSES | UNRELATED, as POST /stance answers
    stance     varchar(16)      NOT NULL,
    confidence double precision NOT NULL,
    -- the sentence that shows it (the denying one for DENIES)
    evidence   text,
    PRIMARY KEY (group_id, article_id)
);
CREATE INDEX article_position_article_idx ON article_position (article_id);

-- Bumped whenever the story's articles, groups or positions change: the story report cache's key.
ALTER TABLE story ADD COLUMN revision bigint NOT NULL DEFAULT 0;
