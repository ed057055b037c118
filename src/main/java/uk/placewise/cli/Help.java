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
			                       compile the rules folder and run its scenario tests
			  demo [--scale la|region|national] [--seed N] [--as-of DATE]
			                       generate a realistic synthetic council and run everything on it, into demo/
			  bench [--scale la|region|national]
			                       measure each stage against the fastest thing that could do the same work
			  backup --to FILE.zip   a consistent copy of the embedded store, as it is (never migrated first);
			                       restore by unzipping it into the data folder. PostgreSQL: use pg_dump

			Dates are ISO (2026-11-20). --as-of defaults to today; every date rule uses it, so runs replay.
			Configuration is Spring Boot's: --name=value, application.yml, or environment variables, e.g.
			  --placewise.rules=/etc/placewise/rules   --spring.datasource.url=jdbc:postgresql://host/db
			Exit codes: 0 success, 1 the run failed (no half-written outputs left), 2 usage error,
			  3 nightly published but did not take every input (a file refused, unreadable or failed, or no
			  feed file in the inbox; the summary line names each).
			""";
}
