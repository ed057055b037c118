-- Issue 17: what each night's retention step found, so that a night on which nothing can have aged out
-- does not read every child's facts again. A night may skip the scan when an earlier one scanned a store
-- no ingest has changed since (ingest_signature: the changed-row ledger, as StoreGeneration reads it),
-- and its cutoff is not after that scan's next_expiry: then no child kept can have expired, as purges
-- only remove children and nothing else changes a child's dates or whether they are looked after.
create table retention_run (
    run_id           bigint       not null primary key,
    cutoff           date         not null,
    -- the earliest last-fact date of a child kept who is not looked after; null when there is none
    next_expiry      date,
    ingest_signature varchar(100) not null,
    -- the run whose scan this rests on: this run when it scanned
    scanned_run      bigint       not null
);
