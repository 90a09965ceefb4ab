-- The analytics store: derived data, rebuilt by ingesting OpenAlex snapshots (meridian ingest openalex PATH),
-- never migrated: a store of another layout is refused with a message to ingest again (AnalyticsStore.open).
-- Ids are OpenAlex short ids (W..., A..., I..., T...; subfield 1702, field 17, domain 3).
--
-- Every stored row of a work carries the work's version key: file_id * 2^32 + line, where file_id names the
-- snapshot file in ingest_file_ids. Files are appended in parallel, each in one transaction with its manifest row;
-- at the end of a run (and at the start of the next, after a kill) LatestVersions keeps, for each work id, only
-- the version with the latest updated_date (then source path, then line) and deletes the others.

CREATE TABLE IF NOT EXISTS store_layout (
    version INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS works (
    key                 BIGINT NOT NULL,   -- the version key (see above)
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
    referenced_works    BIGINT[] NOT NULL  -- the numbers of the referenced work ids (W2741809807 -> 2741809807)
);

-- All topics of a work in OpenAlex order (the first is normally the primary topic).
CREATE TABLE IF NOT EXISTS work_topics (
    work_key BIGINT NOT NULL,
    position SMALLINT NOT NULL,
    topic_id VARCHAR NOT NULL,
    score    DOUBLE
);

-- One row per author position of a work. countries: ISO codes joined by ',' (the authorship's own list,
-- else its institutions' countries); empty when unknown.
CREATE TABLE IF NOT EXISTS authorships (
    work_key         BIGINT NOT NULL,
    position         SMALLINT NOT NULL,
    author_id        VARCHAR,
    author_name      VARCHAR,
    countries        VARCHAR NOT NULL,
    is_corresponding BOOLEAN NOT NULL
);

-- The institutions of each authorship, as the work states them. A file's distinct institutions are stored once, in
-- affiliation_institutions (numbered by first appearance in the file), and each authorship refers to them; the view
-- affiliations puts the two together.
CREATE TABLE IF NOT EXISTS work_affiliations (
    work_key            BIGINT NOT NULL,
    authorship_position SMALLINT NOT NULL,
    position            SMALLINT NOT NULL,
    institution         INTEGER NOT NULL    -- the institution's number within the work's file
);

CREATE TABLE IF NOT EXISTS affiliation_institutions (
    file_id        INTEGER NOT NULL,
    institution    INTEGER NOT NULL,
    institution_id VARCHAR,
    ror            VARCHAR,
    country_code   VARCHAR,
    type           VARCHAR,
    display_name   VARCHAR
);

CREATE OR REPLACE VIEW affiliations AS
SELECT a.work_key, a.authorship_position, a.position, i.institution_id, i.ror, i.country_code, i.type, i.display_name
FROM work_affiliations a JOIN affiliation_institutions i
  ON i.file_id = CAST(a.work_key >> 32 AS INTEGER) AND i.institution = a.institution;


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

-- Topics met in work files (rows shaped like topics), waiting to enter topics when their file's versions are
-- resolved.
CREATE TABLE IF NOT EXISTS topic_mentions AS SELECT CAST(0 AS INTEGER) AS file_id, * FROM topics LIMIT 0;

-- Institutions from institutions entity files.
CREATE TABLE IF NOT EXISTS institutions (
    id           VARCHAR PRIMARY KEY,
    display_name VARCHAR,
    ror          VARCHAR,
    country_code VARCHAR,
    type         VARCHAR
);

-- The number given to each snapshot file path, before it is read: a file read again after a kill keeps its number,
-- so the version keys of a resumed run equal those of an uninterrupted one. A path whose content changed gets a
-- new, greater number.
CREATE TABLE IF NOT EXISTS ingest_file_ids (
    path    VARCHAR PRIMARY KEY,
    file_id INTEGER NOT NULL
);

-- Every snapshot file ingested, written in the same transaction as the file's rows: a file listed here is
-- wholly in the store, and is skipped when met again with the same path, size and checksum.
CREATE TABLE IF NOT EXISTS ingest_files (
    path                        VARCHAR PRIMARY KEY,
    file_id                     INTEGER NOT NULL,
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
    resolved                    BOOLEAN NOT NULL,   -- its works have been compared with the other versions
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

-- Every ingest run, written when it starts. state: RUNNING, SUCCEEDED, FAILED (the share of rejected lines
-- exceeded the threshold, or the store failed), INTERRUPTED (the process ended before the run did: a run still
-- RUNNING when a process opens the store; its files committed before that stay listed above).
CREATE TABLE IF NOT EXISTS ingest_runs (
    id             INTEGER NOT NULL,
    path           VARCHAR NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,           -- NULL while running, and for an interrupted run
    state          VARCHAR NOT NULL,
    files_ingested INTEGER NOT NULL,
    files_skipped  INTEGER NOT NULL,
    works          BIGINT NOT NULL,
    lines          BIGINT NOT NULL,
    rejected_lines BIGINT NOT NULL,
    json_bytes     BIGINT NOT NULL,
    failure        VARCHAR             -- what stopped the run, when the store or a file failed
);
