package uk.placewise;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.core.env.Environment;

/**
 * Every {@code placewise.*} setting, its default and its check, in one place (README, "Configuration",
 * lists them). Bound once when a command starts: a value that is not valid, or an unknown
 * {@code placewise.} key given on the command line or in an application.yml (a typo), stops the
 * command with a usage error naming the key, before anything is read or written.
 *
 * @param council the council's name, printed on the dashboard, the panel pack and the schedule
 * @param dataDir the owner-only data folder: the H2 store, the run lock and the log (its default,
 * {@code ./data}, is in application.yml because the datasource URL and the log file are made from it)
 * @param rules the council's rules folder, read at every run
 * @param jobs feed column mappings and operator files
 * @param reports dashboard targets, fonts and report definitions
 * <p>
 * Folders and files are bound as text and made paths here: Spring's own conversion would take a
 * relative path that is also on the classpath ("reports") for the classpath's copy.
 */
@ConfigurationProperties(prefix = "placewise", ignoreUnknownFields = false)
public record PlacewiseProperties(@DefaultValue("Placewise Demo Council") String council, String dataDir,
		@DefaultValue("rules") String rules, @DefaultValue("jobs") String jobs, @DefaultValue("reports") String reports,
		@DefaultValue Qa qa, @DefaultValue Retention retention, @DefaultValue Ingest ingest,
		@DefaultValue Assess assess, @DefaultValue Output output, @DefaultValue Briefing briefing,
		@DefaultValue Test test) {

	/**
	 * The settings as the environment holds them now, bound as at start. For what is read at each night
	 * (capacity, reuse), as a long-lived process (the tests) may change them between nights.
	 */
	public static PlacewiseProperties current(Environment environment) {
		return Binder.get(environment).bindOrCreate("placewise", PlacewiseProperties.class);
	}

	/**
	 * Binds and checks the settings as a command starts, before the store is opened: a value that does not
	 * fit its setting, or an unknown {@code placewise.} key on the command line or in an application.yml,
	 * is an {@link IllegalArgumentException} naming the key. (Unknown keys in environment variables and
	 * JVM system properties are left alone, as Spring Boot does: other tools set those.)
	 */
	public static PlacewiseProperties check(Environment environment) {
		try {
			return Binder.get(environment)
				.bindOrCreate("placewise", Bindable.of(PlacewiseProperties.class),
						new NoUnboundElementsBindHandler(BindHandler.DEFAULT, new UnboundElementsSourceFilter()));
		}
		catch (BindException ex) {
			throw new IllegalArgumentException(describe(ex), ex);
		}
	}

	private static String describe(BindException ex) {
		String key = ex.getName() == null ? "placewise" : ex.getName().toString();
		Throwable cause = ex.getCause();
		if (cause instanceof UnboundConfigurationPropertiesException unbound) {
			List<String> names = unbound.getUnboundProperties().stream().map(p -> p.getName().toString()).sorted().toList();
			return "unknown setting " + String.join(", ", names) + " (see 'Configuration' in the README for the "
					+ "placewise.* settings)";
		}
		while (cause != null && cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
			cause = cause.getCause();
		}
		if (cause instanceof IllegalArgumentException invalid && invalid.getMessage() != null
				&& invalid.getMessage().startsWith("placewise.")) {
			return invalid.getMessage();
		}
		Object value = ex.getProperty() == null ? null : ex.getProperty().getValue();
		return key + (value == null ? " is not valid" : " cannot be '" + value + "'")
				+ (ex.getTarget() == null ? "" : " (it must be " + kind(ex.getTarget().getType().toString()) + ")");
	}

	private static String kind(String type) {
		return switch (type) {
			case "java.lang.Integer", "int", "long", "java.lang.Long" -> "a whole number";
			case "boolean", "java.lang.Boolean" -> "true or false";
			case "java.nio.file.Path" -> "a folder or file path";
			default -> "a " + type.substring(type.lastIndexOf('.') + 1);
		};
	}

	public PlacewiseProperties {
		if (council == null || council.isBlank()) {
			throw new IllegalArgumentException("placewise.council must name the council, not be empty");
		}
		rules = folder("placewise.rules", rules);
		jobs = folder("placewise.jobs", jobs);
		reports = folder("placewise.reports", reports);
		qa = qa.orUnder(jobs);
	}

	public Path dataFolder() {
		return dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir);
	}

	public Path rulesFolder() {
		return Path.of(rules);
	}

	public Path jobsFolder() {
		return Path.of(jobs);
	}

	public Path reportsFolder() {
		return Path.of(reports);
	}

	private static String folder(String key, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(key + " must name a folder, not be empty");
		}
		try {
			Path.of(value);
		}
		catch (java.nio.file.InvalidPathException ex) {
			throw new IllegalArgumentException(key + " cannot be '" + value + "': " + ex.getReason());
		}
		return value;
	}

	/**
	 * @param bankHolidays working days for first-visit windows skip weekends and these bank holidays
	 * (default {@code <jobs>/bank-holidays-england-and-wales.csv})
	 * @param monthlyCapacity QA visits the team can make in a month; null means no limit
	 */
	public record Qa(String bankHolidays, Integer monthlyCapacity) {

		static final String BANK_HOLIDAYS = "bank-holidays-england-and-wales.csv";

		public Qa {
			if (monthlyCapacity != null && monthlyCapacity < 1) {
				throw new IllegalArgumentException("placewise.qa.monthly-capacity must be at least 1 (leave it out for "
						+ "no limit), not " + monthlyCapacity);
			}
		}

		Qa orUnder(String jobs) {
			return bankHolidays != null && !bankHolidays.isBlank() ? this
					: new Qa(Path.of(jobs).resolve(BANK_HOLIDAYS).toString(), monthlyCapacity);
		}

		public Path bankHolidaysFile() {
			return Path.of(bankHolidays);
		}
	}

	/** @param years children's facts older than this are purged on each nightly run */
	public record Retention(@DefaultValue("7") int years) {

		public Retention {
			if (years < 1) {
				throw new IllegalArgumentException("placewise.retention.years must be at least 1, not " + years);
			}
		}
	}

	/** @param maxFileMb an inbox file larger than this is reported, not read */
	public record Ingest(@DefaultValue("256") long maxFileMb) {

		public Ingest {
			if (maxFileMb < 1) {
				throw new IllegalArgumentException("placewise.ingest.max-file-mb must be at least 1, not " + maxFileMb);
			}
		}
	}

	/**
	 * @param reuse when false, every night is assessed afresh instead of reusing an unchanged night's results
	 * @param timeBudget how long a night's rules may run before the session is halted and the night fails
	 * @param maxInserts how many facts the rules may insert or update in one session before it is halted
	 * @param scenarioTimeBudget how long each scenario of {@code rules check} may run
	 */
	public record Assess(@DefaultValue("true") boolean reuse, @DefaultValue("10m") java.time.Duration timeBudget,
			@DefaultValue("5000000") long maxInserts, @DefaultValue("10s") java.time.Duration scenarioTimeBudget) {

		public Assess {
			if (timeBudget.isNegative() || timeBudget.isZero()) {
				throw new IllegalArgumentException("placewise.assess.time-budget must be positive, not " + timeBudget);
			}
			if (maxInserts < 1) {
				throw new IllegalArgumentException("placewise.assess.max-inserts must be at least 1, not " + maxInserts);
			}
		}

		/** The night's budget for the rules. */
		public uk.placewise.assess.RuleBudget budget() {
			return new uk.placewise.assess.RuleBudget(timeBudget, maxInserts);
		}
	}

	/**
	 * @param mode who may read what a run writes into --out and the reports: {@code owner} (0600 files in
	 * 0700 folders), {@code group} (0640 in 0750) or {@code umask} (the process's umask decides)
	 */
	public record Output(@DefaultValue("owner") String mode) {

		public Output {
			uk.placewise.run.OutputMode.of(mode);
		}

		public uk.placewise.run.OutputMode outputMode() {
			return uk.placewise.run.OutputMode.of(mode);
		}
	}

	/**
	 * Visit briefings (issue 18).
	 * @param nightly true: every night also writes the briefings into --out's {@code briefings/}, published
	 * with the night's other files (default false: a council opts in)
	 * @param withinDays visits due within this many days of the as-of date are briefed, and every overdue
	 * one; {@code placewise briefing}'s default for {@code --within} too (0 to 366, default 30)
	 */
	public record Briefing(@DefaultValue("false") boolean nightly, @DefaultValue("30") int withinDays) {

		public static final int MAX_DAYS = 366;

		public Briefing {
			if (withinDays < 0 || withinDays > MAX_DAYS) {
				throw new IllegalArgumentException("placewise.briefing.within-days must be between 0 and " + MAX_DAYS
						+ " days, not " + withinDays);
			}
		}
	}

	/** @param pauseAt for the crash tests only: {@code <point>:<millis>} (see run.StepPauses) */
	public record Test(@DefaultValue("") String pauseAt) {
	}
}
