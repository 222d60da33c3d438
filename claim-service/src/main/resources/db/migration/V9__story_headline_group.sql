-- A story's headline as a claim group: its statement is the title of the story's first article with a headline, and
-- every article filed into the story is read toward it by the stance engine (a headline, not a sentence taken from
-- a body, is what the engine learnt to read bodies toward). One per story; a merged story's goes with the merge.
ALTER TABLE claim_group ADD COLUMN headline boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX claim_group_headline_idx ON claim_group (story_id) WHERE headline;
