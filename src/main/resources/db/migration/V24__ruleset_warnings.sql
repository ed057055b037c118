-- What the rules engine warned about compiling a ruleset (the rules still ran), by ruleset version (the
-- SHA-256 of the rules folder), so that a night which reuses an unchanged night's results, or a restart
-- after the assessment was committed, reports the same rules_warnings in run-summary.json without
-- compiling the rules again. Written each time a night compiles the ruleset (replacing what an earlier
-- Placewise version said of it); ruleset_compiled says it was compiled, with or without warnings.
create table ruleset_compiled (
    ruleset_version  char(64)       not null primary key,
    warnings         integer        not null
);

create table ruleset_warning (
    ruleset_version  char(64)       not null,
    seq              integer        not null,
    warning          varchar(4000)  not null, -- file:line: message, as rules check prints it (cut at 4,000 characters)
    primary key (ruleset_version, seq)
);
