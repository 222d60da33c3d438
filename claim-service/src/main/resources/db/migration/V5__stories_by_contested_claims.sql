-- GET /stories?sort=contested: most contested claims first, then most recently active (the id breaks ties).
CREATE INDEX story_contested_idx ON story (contested_count DESC, last_published_at DESC NULLS LAST, id);
