-- What each article and story is about, as MiniLM sees it (io.crosscheck.claim.story.StoryMatcher): an article's
-- centroid is the mean of its sentence vectors; a story keeps the sum of its articles' centroids, so an article
-- joining or leaving adds or subtracts its own. Null for rows filed before this column existed: the matcher then
-- decides on shared keys alone.
ALTER TABLE analysed_article ADD COLUMN centroid real[];
ALTER TABLE story ADD COLUMN centroid_sum real[];
