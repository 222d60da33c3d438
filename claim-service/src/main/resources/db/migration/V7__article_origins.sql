-- Where an article's text comes from (io.crosscheck.nlp.origin): a MinHash signature of its word 4-shingles, which
-- the story report compares with the other articles of the story to find syndicated copies of one text, and the news
-- agency the text credits ("LONDON (Reuters) -"). Copies and articles crediting one agency are one origin and count
-- once for CORROBORATED. Null for articles analysed before this column existed: each is its own origin until it is
-- analysed again.
ALTER TABLE analysed_article ADD COLUMN origin_signature integer[];
ALTER TABLE analysed_article ADD COLUMN wire_agency varchar(20);
