-- What a night's ingest took but wants the operator to know (the night's verdict, run-summary.json): a
-- recognised file lacking a column that scoring uses, duplicate natural keys inside one file. One row
-- per warning, in the order found; replaced with the file's ledger row when a restarted run reads the
-- file again. From this version ingest_file.status is also 'refused' (a column the feed needs is missing;
-- nothing stored) or 'unreadable' (permission denied): with 'failed', the files a night did not take.
create table ingest_warning (
    run_id     bigint         not null,
    file_name  varchar(500)   not null,
    seq        integer        not null,
    kind       varchar(40)    not null, -- scoring-column | duplicate-key | duplicate-row | duplicate-column | year-after-as-of | missing-column (why a file was refused)
    brief      varchar(200)   not null, -- a few words for the one-line summary
    message    varchar(2000)  not null, -- the whole sentence, for run-summary.json
    primary key (run_id, file_name, seq)
);
