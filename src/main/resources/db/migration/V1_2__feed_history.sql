-- Earlier versions of changed rows: what the row was until replaced_run replaced it.

create table concern_history as select * from concern with no data;
alter table concern_history add column replaced_run bigint;
alter table concern_history add column replaced_as_of date;
create index concern_history_nk on concern_history (nk);

create table placement_cost_history as select * from placement_cost with no data;
alter table placement_cost_history add column replaced_run bigint;
alter table placement_cost_history add column replaced_as_of date;
create index placement_cost_history_nk on placement_cost_history (nk);

create table ofsted_enforcement_history as select * from ofsted_enforcement with no data;
alter table ofsted_enforcement_history add column replaced_run bigint;
alter table ofsted_enforcement_history add column replaced_as_of date;
create index ofsted_enforcement_history_nk on ofsted_enforcement_history (nk);

create table ofsted_inspection_history as select * from ofsted_inspection with no data;
alter table ofsted_inspection_history add column replaced_run bigint;
alter table ofsted_inspection_history add column replaced_as_of date;
create index ofsted_inspection_history_nk on ofsted_inspection_history (nk);

create table ofsted_provider_history as select * from ofsted_provider with no data;
alter table ofsted_provider_history add column replaced_run bigint;
alter table ofsted_provider_history add column replaced_as_of date;
create index ofsted_provider_history_nk on ofsted_provider_history (nk);

create table postcode_history as select * from postcode with no data;
alter table postcode_history add column replaced_run bigint;
alter table postcode_history add column replaced_as_of date;
create index postcode_history_nk on postcode_history (nk);

create table qa_visit_history as select * from qa_visit with no data;
alter table qa_visit_history add column replaced_run bigint;
alter table qa_visit_history add column replaced_as_of date;
create index qa_visit_history_nk on qa_visit_history (nk);

create table reg44_report_history as select * from reg44_report with no data;
alter table reg44_report_history add column replaced_run bigint;
alter table reg44_report_history add column replaced_as_of date;
create index reg44_report_history_nk on reg44_report_history (nk);

create table reg45_review_history as select * from reg45_review with no data;
alter table reg45_review_history add column replaced_run bigint;
alter table reg45_review_history add column replaced_as_of date;
create index reg45_review_history_nk on reg45_review_history (nk);

create table return_interview_history as select * from return_interview with no data;
alter table return_interview_history add column replaced_run bigint;
alter table return_interview_history add column replaced_as_of date;
create index return_interview_history_nk on return_interview_history (nk);

create table council_setting_history as select * from council_setting with no data;
alter table council_setting_history add column replaced_run bigint;
alter table council_setting_history add column replaced_as_of date;
create index council_setting_history_nk on council_setting_history (nk);

create table ssda903_episode_history as select * from ssda903_episode with no data;
alter table ssda903_episode_history add column replaced_run bigint;
alter table ssda903_episode_history add column replaced_as_of date;
create index ssda903_episode_history_nk on ssda903_episode_history (nk);

create table ssda903_header_history as select * from ssda903_header with no data;
alter table ssda903_header_history add column replaced_run bigint;
alter table ssda903_header_history add column replaced_as_of date;
create index ssda903_header_history_nk on ssda903_header_history (nk);

create table ssda903_missing_history as select * from ssda903_missing with no data;
alter table ssda903_missing_history add column replaced_run bigint;
alter table ssda903_missing_history add column replaced_as_of date;
create index ssda903_missing_history_nk on ssda903_missing_history (nk);

create table ssda903_oc2_history as select * from ssda903_oc2 with no data;
alter table ssda903_oc2_history add column replaced_run bigint;
alter table ssda903_oc2_history add column replaced_as_of date;
create index ssda903_oc2_history_nk on ssda903_oc2_history (nk);

create table viability_check_history as select * from viability_check with no data;
alter table viability_check_history add column replaced_run bigint;
alter table viability_check_history add column replaced_as_of date;
create index viability_check_history_nk on viability_check_history (nk);
