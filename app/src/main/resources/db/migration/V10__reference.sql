-- Reference data: loaded from files shipped in the application on first start (idempotently), read-only for
-- everyone but administrators.

create table reference_country (
  alpha2            varchar(2)   primary key,
  alpha3            varchar(3)   not null unique,
  numeric_code      varchar(3)   not null,
  name_en           varchar(200) not null,
  name_zh           varchar(200),
  region_code       varchar(3),
  region_en         varchar(100),
  subregion_code    varchar(3),
  subregion_en      varchar(100)
);

create table reference_isced_field (
  code        varchar(4)   primary key,
  level       varchar(10)  not null,
  name_en     varchar(300) not null,
  name_zh     varchar(300),
  parent_code varchar(4),
  constraint reference_isced_field_level check (level in ('broad', 'narrow', 'detailed'))
);
