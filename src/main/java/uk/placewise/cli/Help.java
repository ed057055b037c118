package uk.placewise.cli;

/** The text of {@code placewise --help}. */
final class Help {

	private Help() {
	}

	static final String TEXT = """
			Placewise: nightly risk assessment of the settings where a council places the children it looks after.

			Usage: placewise COMMAND [OPTIONS] [--name=value ...]

			Commands:
			  nightly --inbox DIR --out DIR [--as-of DATE] [--new-store]
			                       ingest every feed file in DIR, assess every setting, write the visit schedule,
			                       panel flags, provider risk, rejects/ and run-summary.json into --out;
			                       --new-store: accept a store that is not the one that wrote --out (refused
			                       otherwise: a lost, replaced or swapped store)
			  dashboard --month YYYY-MM --out DIR
			                       the directors' monthly PDF quality dashboard, from what is stored
			  panel --out DIR [--as-of DATE]
			                       the complex needs panel pack (PDF) of open flags
			  briefing --out DIR [--within DAYS] [--as-of DATE]
			                       a QA visit briefing PDF for every visit due within DAYS (default 30,
			                       placewise.briefing.within-days) and every overdue one, and briefings.csv
			  explain URN          a setting's score, band, visit frequency and every reason with its evidence
			  rules check [--rules DIR]
			                       compile the rules folder (.drl files and .xlsx tables only) and run its
			                       scenario tests; a folder with no scenario in tests/ fails (exit 1)
			  rules impact --rules DRAFT_DIR --out DIR [--as-of DATE]
			                       what a draft of the rules would change on the stored night (scores, bands,
			                       visits a month, panel flags): rules-impact.csv, rules-impact-flags.csv and
			                       rules-impact.pdf into DIR; the store and the published outputs are only read.
			                       A draft that fails 'rules check' is refused (exit 1), nothing written
			  demo [--scale la|region|national] [--seed N] [--as-of DATE]
			                       generate a realistic synthetic council and run everything on it, into demo/
			  bench [--scale la|region|national]
			                       measure each stage against the fastest thing that could do the same work
			  backup --to FILE.zip   a consistent copy of the embedded store, as it is (never migrated first);
			                       restore by unzipping it into the data folder. PostgreSQL: use pg_dump
			  status [--out DIR]   the store as it is: identity, schema version, the last runs (as-of, result,
			                       files taken, warnings), the rules on disk against the last run's, who holds
			                       the run lock, and which run and store wrote --out. Makes, migrates and
			                       locks nothing; exit 1 when the store is unusable (missing, damaged, not a
			                       Placewise store, newer than this release, not the one that wrote --out)
			  --version            this release's version, git commit and build time

			Dates are ISO (2026-11-20). --as-of defaults to today; every date rule uses it, so runs replay.
			Configuration is Spring Boot's: --name=value, application.yml, or environment variables, e.g.
			  --placewise.rules=/etc/placewise/rules   --spring.datasource.url=jdbc:postgresql://host/db
			  On the command line a setting starts with placewise., spring. or logging.; any other --name is
			  refused (exit 2), as is an option or argument the command does not use.
			  Read from the install's config/application.yml, then /etc/placewise/application.yml.
			Exit codes: 0 success, 1 the run failed (no half-written outputs left), 2 usage error,
			  3 nightly published but did not take every input (a file refused, unreadable or failed, or no
			  feed file in the inbox; the summary line names each).
			""";
}
