-- An institution's own demand list for bringing in (the gap analysis' "high demand" class): the OpenAlex
-- subfields it wants to grow in and where the list comes from (e.g. its strategic plan). One list per tenant;
-- saving replaces its fields.

create table insight_demand_list (
  tenant_id  bigint        primary key references security_tenant(id),
  source     varchar(500)  not null,
  saved_by   varchar(100)  not null,
  saved_at   timestamp     not null default current_timestamp
);

create table insight_demand_field (
  tenant_id  bigint       not null references insight_demand_list(tenant_id),
  field_id   varchar(20)  not null,
  primary key (tenant_id, field_id)
);
