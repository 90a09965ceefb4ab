-- Mobility records and engagements may cite only partners and agreements of their own institution: the
-- composite keys make the database refuse a reference across tenants.
alter table mobility_record add constraint mobility_record_partner
  foreign key (partner_id, tenant_id) references partner(id, tenant_id);
alter table mobility_record add constraint mobility_record_agreement
  foreign key (agreement_id, tenant_id) references agreement(id, tenant_id);
alter table engagement add constraint engagement_partner
  foreign key (partner_id, tenant_id) references partner(id, tenant_id);
