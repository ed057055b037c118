-- ssda903-reviews: the DfE Reviews table (jobs/feeds/ssda903-reviews.yml), from the CSV export or the
-- XML return's <AREVIEW> elements. A child's record: purged with the child (RetentionPurge).
create table ssda903_review (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    review          date,
    review_code     varchar(100),
    la              varchar(500),
    return_year     integer,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
create index ssda903_review_child on ssda903_review (child);

create table ssda903_review_history as select * from ssda903_review with no data;
alter table ssda903_review_history add column replaced_run bigint;
alter table ssda903_review_history add column replaced_as_of date;
create index ssda903_review_history_nk on ssda903_review_history (nk);
