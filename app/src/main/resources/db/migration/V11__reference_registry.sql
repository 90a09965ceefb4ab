-- Reference data, second part: country groups, the OpenAlex field taxonomy, the world registry of institutions
-- and international organisations; more country columns; a record of which shipped datasets are loaded.

alter table reference_country add column openalex_name varchar(200);
alter table reference_country add column intermediate_region_code varchar(3);
alter table reference_country add column intermediate_region_en varchar(100);

-- One row per shipped dataset once it is loaded: a restart finds it and loads nothing again; a release with a
-- higher dataset version adds what is missing and leaves administrators' edits alone.
create table reference_dataset (
  name       varchar(40) primary key,
  version    integer     not null,
  row_count  integer     not null,
  loaded_at  timestamp   not null default current_timestamp
);

create table reference_country_group (
  code      varchar(16)  primary key,
  name_en   varchar(200) not null,
  name_zh   varchar(200),
  kind      varchar(32)  not null,
  as_of     date,
  source    varchar(500) not null,
  constraint reference_country_group_kind check (kind in ('organisation', 'initiative', 'm49-region',
      'm49-subregion', 'm49-intermediate-region'))
);

create table reference_country_group_member (
  group_code    varchar(16) not null references reference_country_group(code),
  country_code  varchar(2)  not null references reference_country(alpha2),
  joined_on     date,
  left_on       date,
  note          varchar(300),
  primary key (group_code, country_code)
);
create index reference_country_group_member_country on reference_country_group_member(country_code);

create table reference_research_domain (
  id       integer      primary key,
  name_en  varchar(100) not null,
  name_zh  varchar(100)
);

create table reference_research_field (
  id         integer      primary key,
  domain_id  integer      not null references reference_research_domain(id),
  name_en    varchar(100) not null,
  name_zh    varchar(100)
);

create table reference_research_subfield (
  id        integer      primary key,
  field_id  integer      not null references reference_research_field(id),
  name_en   varchar(150) not null
);

create table reference_research_topic (
  id           varchar(12)  primary key,
  subfield_id  integer      not null references reference_research_subfield(id),
  name_en      varchar(300) not null
);
create index reference_research_topic_subfield on reference_research_topic(subfield_id);

-- The world registry of institutions. name_key is the case-, diacritics- and punctuation-free key of name_en
-- (org.meridian.core.reference.NameKey); name searches use an in-memory index built from this table.
create table reference_institution (
  id              varchar(20)  primary key,
  openalex_id     varchar(16),
  ror_id          varchar(16),
  name_en         varchar(300) not null,
  name_key        varchar(300) not null,
  name_zh         varchar(200),
  name_zh_source  varchar(40),
  country_code    varchar(2)   references reference_country(alpha2),
  type            varchar(16)  not null,
  domains         varchar(500),
  web_page        varchar(500),
  sources         varchar(60)  not null,
  version         integer      not null default 0,
  constraint reference_institution_type check (type in ('education', 'company', 'nonprofit', 'healthcare',
      'facility', 'government', 'archive', 'other')),
  constraint reference_institution_name unique (country_code, name_key)
);
-- The unique constraint also serves filters by country; name_key orders the unfiltered list.
create index reference_institution_name_key on reference_institution(name_key);
create index reference_institution_openalex on reference_institution(openalex_id);
create index reference_institution_ror on reference_institution(ror_id);

-- Bumped by every change to reference_institution, so each application instance knows when to rebuild its
-- in-memory name index.
create table reference_institution_revision (
  id        integer primary key,
  revision  bigint  not null
);
insert into reference_institution_revision (id, revision) values (1, 0);

create table reference_organisation (
  code               varchar(32)  primary key,
  name_en            varchar(300) not null,
  name_zh            varchar(200),
  kind               varchar(32)  not null,
  website            varchar(300),
  parent_code        varchar(32)  references reference_organisation(code),
  country_group_code varchar(16)  references reference_country_group(code),
  version            integer      not null default 0,
  constraint reference_organisation_kind check (kind in ('intergovernmental', 'non-governmental',
      'standard-body', 'association', 'alliance', 'forum'))
);
