-- The date each stored row of a dated list (Ofsted's provider list "as at 31 March 2025") was true at:
-- a list older than the one a row came from does not overwrite it (feeds.md, "Which provider list wins").
-- A row stored before this table existed has no entry: it is overwritten by the next list, as before.
create table feed_list_as_at (
    table_name  varchar(100)  not null,
    nk          varchar(1000) not null,
    as_at       date          not null,
    source_file varchar(500)  not null,
    primary key (table_name, nk)
);
