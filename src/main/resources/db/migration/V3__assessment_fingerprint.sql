-- What a night's assessment depended on, hashed (SHA-256, hex): the as-of date, the ruleset version, the
-- schedule's configuration (monthly capacity, the bank holidays file) and the store's generation (the
-- last run that ingested a new or changed row or purged one). A run with the fingerprint of an earlier
-- run reuses that run's results instead of assessing again. Null for runs stored before it existed,
-- which are never reused.
alter table assessment_run add column fingerprint char(64);
create index assessment_run_fingerprint on assessment_run (fingerprint);
