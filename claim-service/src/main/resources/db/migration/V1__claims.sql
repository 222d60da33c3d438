-- The claim-service's own tables. Articles arrive from the article-service's outbox (PUT /articles/{id})
-- with their full text, so analysis and re-analysis never call back.

CREATE TABLE story (
    id                 uuid PRIMARY KEY,
    title              text        NOT NULL,
    article_count      integer     NOT NULL DEFAULT 0,
    contested_count    integer     NOT NULL DEFAULT 0,
    first_published_at timestamptz,
    last_published_at  timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_last_published_idx ON story (last_published_at DESC NULLS LAST);

CREATE TABLE analysed_article (
    article_id      uuid PRIMARY KEY,
    title           text        NOT NULL,
    text            text        NOT NULL,
    source          text        NOT NULL,
    url             text,
    published_at    timestamptz,
    language        varchar(35),
    content_hash    varchar(64) NOT NULL,
    article_version bigint      NOT NULL DEFAULT 0,
    status          varchar(8)  NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    extractor       varchar(40),
    error           text,
    attempts        integer     NOT NULL DEFAULT 0,
    story_id        uuid REFERENCES story (id) ON DELETE SET NULL,
    received_at     timestamptz NOT NULL,
    analysed_at     timestamptz
);
CREATE INDEX analysed_article_pending_idx ON analysed_article (received_at) WHERE status = 'PENDING';
CREATE INDEX analysed_article_story_idx ON analysed_article (story_id);

-- Claims of one story that state the same fact, affirmed or denied.
CREATE TABLE claim_group (
    id         uuid PRIMARY KEY,
    story_id   uuid        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    statement  text        NOT NULL,
    -- polarity of the claim the statement was taken from: a group founded by a denial takes the
    -- first affirming claim as its statement when one arrives
    polarity   varchar(8)  NOT NULL,
    -- CORROBORATED | CONTESTED | SINGLE_SOURCE, recomputed whenever a member joins or leaves
    status     varchar(16) NOT NULL,
    embedding  real[]      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_group_story_idx ON claim_group (story_id);

CREATE TABLE claim (
    id              uuid PRIMARY KEY,
    article_id      uuid        NOT NULL REFERENCES analysed_article (article_id) ON DELETE CASCADE,
    ordinal         integer     NOT NULL,
    text            text        NOT NULL,
    sentence        text        NOT NULL,
    span_start      integer     NOT NULL,
    span_end        integer     NOT NULL,
    claimant_name   text,
    claimant_role   text,
    attribution     varchar(16) NOT NULL,
    cue             text,
    polarity        varchar(8)  NOT NULL,
    hedged          boolean     NOT NULL,
    hedges          jsonb       NOT NULL,
    checkworthiness real        NOT NULL,
    entities        jsonb       NOT NULL,
    times           jsonb       NOT NULL,
    quantities      jsonb       NOT NULL,
    embedding       real[],
    group_id        uuid REFERENCES claim_group (id) ON DELETE SET NULL,
    -- Full-text index over claim texts: how a claim check finds candidate claims without scanning articles.
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX claim_article_idx ON claim (article_id, ordinal);
CREATE INDEX claim_group_member_idx ON claim (group_id);
CREATE INDEX claim_search_idx ON claim USING gin (search);

-- Inverted index from entity and key-term keys to stories: a new article meets only the stories
-- that share a key with it, never every stored article.
CREATE TABLE story_key (
    key      text    NOT NULL,
    story_id uuid    NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    weight   integer NOT NULL DEFAULT 1,
    PRIMARY KEY (key, story_id)
);
CREATE INDEX story_key_story_idx ON story_key (story_id);
