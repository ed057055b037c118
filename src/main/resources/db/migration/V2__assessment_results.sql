-- What each nightly run concluded, kept per run so that any output can be traced and the dashboard
-- can show 12 months of trend from what is stored.
create table assessment_run (
    run_id           bigint       not null primary key,
    as_of            date         not null,
    ruleset_version  char(64)     not null,
    settings         integer      not null,
    flags            integer      not null
);
create index assessment_run_as_of on assessment_run (as_of);

create table setting_assessment (
    run_id                     bigint        not null,
    urn                        varchar(20)   not null,
    setting_name               varchar(500),
    provider                   varchar(500),
    setting_type               varchar(40)   not null,
    score                      integer       not null,
    band                       varchar(10)   not null,
    band_rule                  varchar(60)   not null,
    visit_every_months         integer       not null,
    first_visit_working_days   integer       not null,
    first_visit_months         integer       not null,
    children_placed            integer       not null,
    last_visit                 date,
    next_due                   date,
    overdue                    boolean       not null,
    over_capacity              boolean       not null,
    schedule_rule              varchar(200),
    primary key (run_id, urn)
);

create table setting_reason (
    run_id        bigint         not null,
    urn           varchar(20)    not null,
    seq           integer        not null,
    rule_id       varchar(40)    not null,
    points        integer        not null,
    fact          varchar(1000)  not null,
    fact_date     date,
    source_file   varchar(500),
    source_line   bigint,
    primary key (run_id, urn, seq)
);

-- The flags as each run saw them: new, continuing (first_raised kept from the night it was raised) or
-- resolved (raised the night before, not tonight). The lifecycle is derived from the previous run's rows.
create table panel_flag_run (
    run_id        bigint        not null,
    child         varchar(40)   not null,
    urn           varchar(20)   not null,
    code          varchar(40)   not null,
    severity      varchar(10)   not null,
    first_raised  date          not null,
    status        varchar(12)   not null,
    fact          varchar(1000) not null,
    fact_date     date,
    source_file   varchar(500),
    source_line   bigint,
    primary key (run_id, child, urn, code)
);

-- The dashboard's measures (K1-K12 of outputs.md) as each night computed them, so that a month's
-- dashboard and its 12-month trends come from what is stored, never from re-reading feeds.
-- label distinguishes the rows of a breakdown (a placement type, an SDQ band, a flag code, a URN).
create table kpi_value (
    run_id       bigint          not null,
    kpi          varchar(10)     not null,
    measure      varchar(60)     not null,
    label        varchar(300)    not null,
    amount       decimal(14, 4),
    numerator    integer,
    denominator  integer,
    primary key (run_id, kpi, measure, label)
);
