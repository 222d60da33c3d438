-- Articles as ingested. Dedup is enforced here, by unique constraints, so that two identical posts
-- arriving at the same moment cannot both insert (the service inserts with ON CONFLICT DO NOTHING).
CREATE TABLE article (
    id            uuid PRIMARY KEY,
    title         text        NOT NULL,
    body          text        NOT NULL,
    original_html text,
    source        text        NOT NULL,
    -- lower-cased, trimmed source: the dedup and filter key, so "Reuters" and "reuters " are one outlet
    source_key    text        NOT NULL,
    url           text,
    author        text,
    published_at  timestamptz,
    language      varchar(35),
    -- SHA-256 of the normalised text (see TextNormalizer)
    content_hash  char(64)    NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    -- Full-text search over title (weight A) and the first 200,000 characters of the body (weight B):
    -- a tsvector is limited to 1 MB, and a 2 MB body must still be storable.
    search        tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', title), 'A') ||
                      setweight(to_tsvector('english', left(body, 200000)), 'B')) STORED,
    CONSTRAINT article_url_uk UNIQUE (url),
    CONSTRAINT article_source_content_uk UNIQUE (source_key, content_hash)
);

CREATE INDEX article_newest_idx ON article (published_at DESC NULLS LAST, created_at DESC);
CREATE INDEX article_source_idx ON article (source_key, published_at DESC NULLS LAST);
CREATE INDEX article_search_idx ON article USING gin (search);

-- Transactional outbox: a row is written in the same transaction as the article change and deleted
-- once the claim-service has acknowledged it. Rows survive restarts of either service.
CREATE TABLE article_outbox (
    id              bigserial   PRIMARY KEY,
    article_id      uuid        NOT NULL,
    event_type      varchar(16) NOT NULL CHECK (event_type IN ('UPSERTED', 'DELETED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text
);

CREATE INDEX article_outbox_due_idx ON article_outbox (next_attempt_at, id);
CREATE INDEX article_outbox_article_idx ON article_outbox (article_id, id);
