package uk.placewise.results;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A night's fingerprint (V3__assessment_fingerprint.sql), and a run stored as a copy of an earlier run
 * with the same fingerprint: its settings, reasons and dashboard measures copied row for row in the
 * database, its flags and the measures made of them (K12) as the caller worked them out again.
 */
@Repository
public class RunReuse {

	/** The dashboard measure made from the flags' lifecycle, which a copy never takes from the earlier run. */
	public static final String FLAG_KPI = "K12";

	private final JdbcClient jdbc;

	private final ResultStore results;

	RunReuse(JdbcClient jdbc, ResultStore results) {
		this.jdbc = jdbc;
		this.results = results;
	}

	/** Records what a stored run's assessment depended on. */
	public void fingerprint(long runId, String fingerprint) {
		jdbc.sql("update assessment_run set fingerprint = ? where run_id = ?").params(fingerprint, runId).update();
	}

	/** The latest run before {@code runId} stored with this fingerprint, if any. */
	public Optional<Long> earlierRunWith(String fingerprint, long runId) {
		return jdbc.sql("""
				select run_id from assessment_run where fingerprint = ? and run_id < ?
				order by run_id desc fetch first 1 rows only""")
			.params(fingerprint, runId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Stores {@code run} as a copy of run {@code from}, replacing an earlier attempt of the same run: the
	 * settings, their reasons and every dashboard measure but {@link #FLAG_KPI} are copied; the flags and
	 * the flag measures are the ones given. Returns the number of settings copied.
	 */
	public int copy(long from, RunResult run, String fingerprint, List<FlagResult> flags, List<KpiValue> flagMeasures) {
		long to = run.runId();
		for (String table : List.of("setting_reason", "setting_assessment", "panel_flag_run", "kpi_value",
				"assessment_run")) {
			jdbc.sql("delete from " + table + " where run_id = ?").param(to).update();
		}
		int stored = jdbc.sql("""
				insert into assessment_run (run_id, as_of, ruleset_version, settings, flags, fingerprint)
				select ?, ?, ruleset_version, settings, ?, ? from assessment_run where run_id = ?""")
			.params(to, Date.valueOf(run.asOf()), flags.size(), fingerprint, from)
			.update();
		if (stored != 1) {
			throw new IllegalStateException("run " + from + " has no stored assessment to reuse");
		}
		int copied = jdbc.sql("""
				insert into setting_assessment (run_id, urn, setting_name, provider, setting_type, score, band, band_rule,
				    visit_every_months, first_visit_working_days, first_visit_months, children_placed, last_visit,
				    next_due, overdue, over_capacity, moved_from, schedule_rule)
				select ?, urn, setting_name, provider, setting_type, score, band, band_rule,
				    visit_every_months, first_visit_working_days, first_visit_months, children_placed, last_visit,
				    next_due, overdue, over_capacity, moved_from, schedule_rule
				from setting_assessment where run_id = ?""").params(to, from).update();
		jdbc.sql("""
				insert into setting_reason (run_id, urn, seq, rule_id, points, fact, fact_date, source_file, source_line)
				select ?, urn, seq, rule_id, points, fact, fact_date, source_file, source_line
				from setting_reason where run_id = ?""").params(to, from).update();
		jdbc.sql("""
				insert into kpi_value (run_id, kpi, measure, label, amount, numerator, denominator)
				select ?, kpi, measure, label, amount, numerator, denominator
				from kpi_value where run_id = ? and kpi <> ?""").params(to, from, FLAG_KPI).update();
		results.insertFlags(to, flags);
		results.insertKpis(to, flagMeasures);
		return copied;
	}
}
