-- One file's works on their way into the store, per connection (temporary tables). Rows of one work share
-- its line number in the file; topics travel joined and are split by the merge, references as a list.
CREATE TEMP TABLE IF NOT EXISTS staged_works (
    line                BIGINT NOT NULL,
    id                  VARCHAR NOT NULL,
    publication_year    INTEGER,
    type                VARCHAR,
    cited_by_count      INTEGER NOT NULL,
    primary_topic_id    VARCHAR,
    primary_topic_score DOUBLE,
    primary_subfield_id VARCHAR,
    primary_field_id    VARCHAR,
    primary_domain_id   VARCHAR,
    authorship_count    INTEGER NOT NULL,
    updated_date        VARCHAR,
    topics              VARCHAR NOT NULL,   -- 'T10841 0.9991,T10567 0.5' (id, space, score; comma between)
    referenced_works    VARCHAR[] NOT NULL  -- ['W1', 'W2', 'W3']
);
CREATE TEMP TABLE IF NOT EXISTS staged_authorships (
    line             BIGINT NOT NULL,
    position         SMALLINT NOT NULL,
    author_id        VARCHAR,
    author_name      VARCHAR,
    countries        VARCHAR NOT NULL,
    is_corresponding BOOLEAN NOT NULL
);
CREATE TEMP TABLE IF NOT EXISTS staged_affiliations (
    line                BIGINT NOT NULL,
    authorship_position SMALLINT NOT NULL,
    position            SMALLINT NOT NULL,
    institution         INTEGER NOT NULL    -- key into staged_institutions
);
CREATE TEMP TABLE IF NOT EXISTS staged_institutions (
    institution    INTEGER NOT NULL,
    institution_id VARCHAR,
    ror            VARCHAR,
    country_code   VARCHAR,
    type           VARCHAR,
    display_name   VARCHAR
);
CREATE TEMP TABLE IF NOT EXISTS staged_topics (
    id            VARCHAR NOT NULL,
    display_name  VARCHAR,
    subfield_id   VARCHAR,
    subfield_name VARCHAR,
    field_id      VARCHAR,
    field_name    VARCHAR,
    domain_id     VARCHAR,
    domain_name   VARCHAR
);
