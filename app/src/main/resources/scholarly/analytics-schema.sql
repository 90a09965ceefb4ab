-- The analytics store: derived data, rebuilt by ingesting OpenAlex snapshots (meridian ingest openalex PATH),
-- never migrated. Ids are OpenAlex short ids (W..., A..., I..., T...; subfield 1702, field 17, domain 3).
-- Each work is stored once: the version with the latest updated_date wins (then source file, then line).

CREATE TABLE IF NOT EXISTS works (
    id                  VARCHAR NOT NULL,
    publication_year    INTEGER,           -- NULL when the work has none
    type                VARCHAR,
    cited_by_count      INTEGER NOT NULL,
    primary_topic_id    VARCHAR,           -- NULL when the work has no primary topic
    primary_topic_score DOUBLE,
    primary_subfield_id VARCHAR,
    primary_field_id    VARCHAR,
    primary_domain_id   VARCHAR,
    authorship_count    INTEGER NOT NULL,
    updated_date        VARCHAR,           -- ISO date or timestamp, as the record or its partition states it
    source_file         VARCHAR NOT NULL,  -- the snapshot file the stored version came from
    source_line         BIGINT NOT NULL
);

-- All topics of a work in OpenAlex order (the first is normally the primary topic).
CREATE TABLE IF NOT EXISTS work_topics (
    work_id  VARCHAR NOT NULL,
    position SMALLINT NOT NULL,
    topic_id VARCHAR NOT NULL,
    score    DOUBLE
);

-- One row per author position of a work. countries: ISO codes joined by ',' (the authorship's own list,
-- else its institutions' countries); empty when unknown.
CREATE TABLE IF NOT EXISTS authorships (
    work_id          VARCHAR NOT NULL,
    position         SMALLINT NOT NULL,
    author_id        VARCHAR,
    author_name      VARCHAR,
    countries        VARCHAR NOT NULL,
    is_corresponding BOOLEAN NOT NULL
);

-- The institutions of each authorship, as the work states them.
CREATE TABLE IF NOT EXISTS affiliations (
    work_id             VARCHAR NOT NULL,
    authorship_position SMALLINT NOT NULL,
    position            SMALLINT NOT NULL,
    institution_id      VARCHAR,
    ror                 VARCHAR,
    country_code        VARCHAR,
    type                VARCHAR,
    display_name        VARCHAR
);

-- References of each work, without order.
CREATE TABLE IF NOT EXISTS work_references (
    work_id            VARCHAR NOT NULL,
    referenced_work_id VARCHAR NOT NULL
);

-- The topic taxonomy: from topics entity files (they win) and from the works themselves.
CREATE TABLE IF NOT EXISTS topics (
    id            VARCHAR PRIMARY KEY,
    display_name  VARCHAR,
    subfield_id   VARCHAR,
    subfield_name VARCHAR,
    field_id      VARCHAR,
    field_name    VARCHAR,
    domain_id     VARCHAR,
    domain_name   VARCHAR
);

-- Institutions from institutions entity files.
CREATE TABLE IF NOT EXISTS institutions (
    id           VARCHAR PRIMARY KEY,
    display_name VARCHAR,
    ror          VARCHAR,
    country_code VARCHAR,
    type         VARCHAR
);

-- Every snapshot file ingested, written in the same transaction as the file's rows: a file listed here is
-- wholly in the store, and is skipped when met again with the same path, size and checksum.
CREATE TABLE IF NOT EXISTS ingest_files (
    path                        VARCHAR PRIMARY KEY,
    kind                        VARCHAR NOT NULL,   -- works, institutions or topics
    size                        BIGINT NOT NULL,
    sha256                      VARCHAR,            -- NULL when the file could not be read to its end
    partition_date              VARCHAR,
    lines                       BIGINT NOT NULL,
    works                       BIGINT NOT NULL,
    rejected_lines              BIGINT NOT NULL,
    works_without_year          BIGINT NOT NULL,
    works_without_primary_topic BIGINT NOT NULL,
    complete                    BOOLEAN NOT NULL,
    ingested_at                 TIMESTAMP NOT NULL
);

-- Problems met in each file: counts by kind with the first sample.
CREATE TABLE IF NOT EXISTS ingest_problems (
    path          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    count         BIGINT NOT NULL,
    sample_line   BIGINT,
    sample_detail VARCHAR
);

-- Every ingest run that came to an end (a killed run leaves no row; its files stay listed above).
-- state: SUCCEEDED, FAILED (the share of rejected lines exceeded the threshold, or the store failed).
CREATE TABLE IF NOT EXISTS ingest_runs (
    path           VARCHAR NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP NOT NULL,
    state          VARCHAR NOT NULL,
    files_ingested INTEGER NOT NULL,
    files_skipped  INTEGER NOT NULL,
    works          BIGINT NOT NULL,
    lines          BIGINT NOT NULL,
    rejected_lines BIGINT NOT NULL,
    json_bytes     BIGINT NOT NULL,
    failure        VARCHAR             -- what stopped the run, when the store or a file failed
);
