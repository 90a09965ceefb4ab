-- The rows of one entity file (institutions or topics) on their way into the store, per connection (temporary
-- tables): the file's rows and its manifest row then enter the store in one transaction.
CREATE TEMP TABLE IF NOT EXISTS staged_institutions (
    institution    INTEGER NOT NULL,   -- position in the file: the last row of an id wins
    institution_id VARCHAR,
    ror            VARCHAR,
    country_code   VARCHAR,
    type           VARCHAR,
    display_name   VARCHAR
);
CREATE TEMP TABLE IF NOT EXISTS staged_topics AS SELECT * FROM topics LIMIT 0;
