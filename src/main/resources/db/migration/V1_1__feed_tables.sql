-- One table per feed (jobs/feeds/*.yml): the feed's canonical columns, typed, plus where each row
-- came from and when it was seen. nk is the natural key (the feed's key columns joined), row_hash the
-- hash of the typed values: an identical row is counted unchanged, a changed one moves its old version
-- into <table>_history (V1_2). Nothing is deleted when a row is absent from a later file.
-- first_seen_run / last_seen_run: the nightly runs (job instance ids) that first and last delivered the
-- key; stored_run / stored_as_of: the run (and its as-of date) that stored the current version.

-- concerns
create table concern (
    nk              varchar(1000) not null primary key,
    concern_id      varchar(500),
    urn             varchar(500),
    raised_date     date,
    category        varchar(100),
    status          varchar(500),
    closed_date     date,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- costs
create table placement_cost (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    urn             varchar(500),
    start_date      date,
    end_date        date,
    weekly_cost     numeric(14,6),
    placement_type  varchar(100),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- ofsted-enforcement
create table ofsted_enforcement (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    action          varchar(100),
    start_date      date,
    end_date        date,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- ofsted-inspections
create table ofsted_inspection (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    event_date      date,
    event_type      varchar(100),
    judgement       varchar(100),
    published_date  date,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- ofsted-providers
create table ofsted_provider (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    provision_type  varchar(500),
    registration_date date,
    registration_status varchar(500),
    name            varchar(500),
    postcode        varchar(500),
    ofsted_region   varchar(500),
    local_authority varchar(500),
    sector          varchar(500),
    places          integer,
    premises        varchar(500),
    multi_building  varchar(500),
    owner           varchar(500),
    latest_event_type varchar(500),
    latest_date     date,
    latest_published date,
    latest_event_number varchar(500),
    overall         varchar(500),
    helped_protected varchar(500),
    leadership      varchar(500),
    sa_outcome      varchar(500),
    previous_event_type varchar(500),
    previous_date   date,
    previous_published date,
    previous_overall varchar(500),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- postcodes
create table postcode (
    nk              varchar(1000) not null primary key,
    postcode        varchar(500),
    latitude        numeric(14,6),
    longitude       numeric(14,6),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- qa-visits
create table qa_visit (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    visit_date      date,
    visit_type      varchar(500),
    outcome         varchar(100),
    officer         varchar(500),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- reg44
create table reg44_report (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    visit_date      date,
    report_received date,
    children_safeguarded boolean,
    wellbeing_promoted boolean,
    recommendations_outstanding integer,
    visitor         varchar(500),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- reg45
create table reg45_review (
    nk              varchar(1000) not null primary key,
    urn             varchar(500),
    review_date     date,
    period_start    date,
    period_end      date,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- return-interviews
create table return_interview (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    mis_start       date,
    offered_date    date,
    completed_date  date,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- settings
create table council_setting (
    nk              varchar(1000) not null primary key,
    local_id        varchar(500),
    urn             varchar(500),
    setting_name    varchar(500),
    provider        varchar(500),
    setting_type    varchar(100),
    postcode        varchar(500),
    registered      boolean,
    considered      boolean,
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);
-- ssda903-episodes
create table ssda903_episode (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    decom           date,
    rne             varchar(100),
    ls              varchar(500),
    cin             varchar(500),
    place           varchar(100),
    place_provider  varchar(100),
    dec             date,
    rec             varchar(500),
    reason_place_change varchar(500),
    home_post       varchar(500),
    pl_post         varchar(500),
    urn             varchar(500),
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
-- ssda903-header
create table ssda903_header (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    sex             varchar(100),
    dob             date,
    ethnic          varchar(500),
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
-- ssda903-missing
create table ssda903_missing (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    missing         varchar(100),
    mis_start       date,
    mis_end         date,
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
-- ssda903-oc2
create table ssda903_oc2 (
    nk              varchar(1000) not null primary key,
    child           varchar(500),
    sdq_score       integer,
    sdq_reason      varchar(500),
    sdq_date        date,
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
-- viability
create table viability_check (
    nk              varchar(1000) not null primary key,
    provider        varchar(500),
    check_date      date,
    rating          varchar(100),
    source_file     varchar(500)  not null,
    source_line     bigint        not null,
    row_hash        char(40)      not null,
    first_seen_run  bigint        not null,
    last_seen_run   bigint        not null,
    stored_run      bigint        not null,
    stored_as_of    date          not null
);

-- What the fact loader asks for.
create index ssda903_episode_child on ssda903_episode (child);
create index ssda903_episode_urn on ssda903_episode (urn);
create index ssda903_missing_child on ssda903_missing (child);
create index ssda903_oc2_child on ssda903_oc2 (child);
create index reg44_report_urn on reg44_report (urn);
create index reg45_review_urn on reg45_review (urn);
create index qa_visit_urn on qa_visit (urn);
create index concern_urn on concern (urn);
create index ofsted_inspection_urn on ofsted_inspection (urn);
create index ofsted_enforcement_urn on ofsted_enforcement (urn);
create index council_setting_urn on council_setting (urn);
