-- One row per inbox file seen by a nightly run: what it was, and what became of its rows.
-- run_id is the Spring Batch job instance id of the nightly run.
create table ingest_file (
    run_id          bigint        not null,
    file_name       varchar(500)  not null,
    sha256          char(64)      not null,
    feed            varchar(50),
    status          varchar(20)   not null, -- ingested | unchanged | unrecognised | failed
    rows_read       integer       not null default 0,
    rows_accepted   integer       not null default 0,
    rows_rejected   integer       not null default 0,
    rows_unchanged  integer       not null default 0,
    millis          bigint        not null default 0,
    message         varchar(2000),
    primary key (run_id, file_name)
);
create index ingest_file_sha on ingest_file (sha256, status);
