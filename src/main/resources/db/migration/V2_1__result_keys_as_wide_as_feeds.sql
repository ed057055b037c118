-- The results hold whatever ingest accepts: a council's local_id (used as a setting's urn) or a child
-- ID may be up to 500 characters in the feed tables (V1_1), and a longer one here failed the whole
-- night at the assess step. Evidence (fact) quotes names of up to 500 characters.
alter table setting_assessment alter column urn set data type varchar(500);
alter table setting_reason alter column urn set data type varchar(500);
alter table setting_reason alter column fact set data type varchar(4000);
alter table panel_flag_run alter column child set data type varchar(500);
alter table panel_flag_run alter column urn set data type varchar(500);
alter table panel_flag_run alter column fact set data type varchar(4000);
alter table kpi_value alter column label set data type varchar(600);
