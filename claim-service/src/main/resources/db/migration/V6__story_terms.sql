-- What each article and story is about, word by word (io.crosscheck.nlp.story.TermVector): an article keeps its
-- heaviest TF-IDF terms, a story the sum of its articles' vectors cut to its heaviest terms, as two parallel arrays;
-- an article joining or leaving adds or takes away its own. The learnt story model compares an article's terms with
-- each candidate story's (io.crosscheck.claim.story.StoryMatcher). Null for rows filed before this migration: such a
-- story is judged by its MiniLM centroid alone until articles with terms join it.
ALTER TABLE analysed_article ADD COLUMN terms text[], ADD COLUMN term_weights real[];
ALTER TABLE story ADD COLUMN terms text[], ADD COLUMN term_weights real[];
