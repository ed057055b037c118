-- ofsted-in-year: Ofsted's published in-year table, one row per inspection event (jobs/feeds/ofsted-in-year.yml).
create table ofsted_event (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    provision_type  varchar(500),
    event_type      varchar(500),
    event_date      date,
    published_date  date,
    event_number    varchar(500),
    overall         varchar(500),
    sa_outcome      varchar(500),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
create index ofsted_event_urn on ofsted_event (urn);

create table ofsted_event_history as select * from ofsted_event with no data;
alter table ofsted_event_history add column replaced_run bigint;
alter table ofsted_event_history add column replaced_as_of date;
create index ofsted_event_history_nk on ofsted_event_history (nk);
