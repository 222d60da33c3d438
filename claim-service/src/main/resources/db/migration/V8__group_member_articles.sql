-- How many articles have a claim in the group: the story's lead groups (those most of its articles speak to, which
-- every article filed is also read toward) are its groups with the most, found by an index instead of counting
-- every member claim of the story at each filing. Kept by the filing (one more for each article joining, recounted
-- whenever the group is assessed in full).
ALTER TABLE claim_group ADD COLUMN member_articles integer NOT NULL DEFAULT 0;
UPDATE claim_group g SET member_articles = (SELECT count(DISTINCT c.article_id) FROM claim c WHERE c.group_id = g.id);
CREATE INDEX claim_group_lead_idx ON claim_group (story_id, member_articles DESC, created_at);
