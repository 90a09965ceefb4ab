-- The province (or state) of a home institution, as an ISO 3166-2 subdivision code (CN-GD for Guangdong), for the
-- scorecard's peer set "institutions in my province". Institutions without a row have no province recorded.
-- version counts the changes, so that cached scorecards notice them.

create table insight_institution_province (
  tenant_id  bigint       primary key references security_tenant(id),
  province   varchar(6)   not null,
  version    integer      not null default 0
);
create index insight_institution_province_by_province on insight_institution_province(province);
