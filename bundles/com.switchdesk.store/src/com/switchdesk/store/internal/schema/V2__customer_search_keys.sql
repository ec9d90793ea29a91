-- Schema version 2: search keys computed when a customer is written (the Java part of this step fills them in
-- for customers stored by version 1).

-- pinyin of the name without tones ('zhangsan') and its initials ('zs'), for searching Chinese names
ALTER TABLE customer ADD COLUMN pinyin_full VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE customer ADD COLUMN pinyin_initials VARCHAR(100) NOT NULL DEFAULT '';
-- name, company and numbers in lower case, separated by line feeds, for the "any part" search
ALTER TABLE customer ADD COLUMN search_text VARCHAR(1000) NOT NULL DEFAULT '';
CREATE INDEX customer_pinyin_full ON customer (pinyin_full);
CREATE INDEX customer_pinyin_initials ON customer (pinyin_initials);

-- the normalized number backwards: searching the end of a number is then a prefix search on an index
ALTER TABLE phone_number ADD COLUMN reversed VARCHAR(32) NOT NULL DEFAULT '';
CREATE INDEX phone_number_reversed ON phone_number (reversed);
