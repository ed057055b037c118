package uk.placewise.results;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.placewise.assess.Reason;
import uk.placewise.assess.RiskBand;
import uk.placewise.assess.Severity;
import uk.placewise.facts.Source;

/** Reads and writes the per-run results tables of V2__assessment_results.sql. */
@Repository
public class ResultStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ResultStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The results over a plain data source, for a command that reads the store without Spring's context. */
	public static ResultStore over(javax.sql.DataSource dataSource) {
		return new ResultStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
	}

	/** Stores a night's results; a repeated save of the same run replaces it (a restarted step). */
	public void save(RunResult run, List<SettingResult> settings, List<FlagResult> flags) {
		for (String table : List.of("setting_reason", "setting_assessment", "panel_flag_run", "assessment_run")) {
			jdbc.sql("delete from " + table + " where run_id = ?").param(run.runId()).update();
		}
		jdbc.sql("insert into assessment_run (run_id, as_of, ruleset_version, settings, flags) values (?, ?, ?, ?, ?)")
			.params(run.runId(), Date.valueOf(run.asOf()), run.rulesetVersion(), settings.size(), flags.size())
			.update();
		template.batchUpdate("""
				insert into setting_assessment (run_id, urn, setting_name, provider, setting_type, score, band, band_rule,
				    visit_every_months, first_visit_working_days, first_visit_months, children_placed, last_visit,
				    next_due, overdue, over_capacity, moved_from, schedule_rule)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", settings.stream()
			.map(s -> new Object[] { run.runId(), s.urn(), s.settingName(), s.provider(), s.settingType(), s.score(),
					s.band().label(), s.bandRule(), s.visitEveryMonths(), s.firstVisitWorkingDays(), s.firstVisitMonths(),
					s.childrenPlaced(), date(s.lastVisit()), date(s.nextDue()), s.overdue(), s.overCapacity(),
					date(s.movedFrom()), s.scheduleRule() })
			.toList());
		List<Object[]> reasons = new ArrayList<>();
		for (SettingResult s : settings) {
			int seq = 0;
			for (Reason r : s.reasons()) {
				reasons.add(new Object[] { run.runId(), s.urn(), seq++, r.ruleId(), r.points(), r.fact(), date(r.date()),
						file(r.source()), line(r.source()) });
			}
		}
		template.batchUpdate("""
				insert into setting_reason (run_id, urn, seq, rule_id, points, fact, fact_date, source_file, source_line)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", reasons);
		insertFlags(run.runId(), flags);
	}

	void insertFlags(long runId, List<FlagResult> flags) {
		template.batchUpdate("""
				insert into panel_flag_run (run_id, child, urn, code, severity, first_raised, status, fact, fact_date,
				    source_file, source_line)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", flags.stream()
			.map(f -> new Object[] { runId, f.child(), f.urn(), f.code(), f.severity().word(), date(f.firstRaised()),
					f.status().word(), f.fact(), date(f.factDate()), file(f.source()), line(f.source()) })
			.toList());
	}

	/** Stores a night's dashboard measures, replacing any from an earlier attempt of the same run. */
	public void saveKpis(long runId, List<KpiValue> values) {
		jdbc.sql("delete from kpi_value where run_id = ?").param(runId).update();
		insertKpis(runId, values);
	}

	void insertKpis(long runId, List<KpiValue> values) {
		template.batchUpdate("""
				insert into kpi_value (run_id, kpi, measure, label, amount, numerator, denominator)
				values (?, ?, ?, ?, ?, ?, ?)""", values.stream()
			.map(v -> new Object[] { runId, v.kpi(), v.measure(), v.label(), v.value(), v.numerator(), v.denominator() })
			.toList());
	}

	public List<KpiValue> kpis(long runId) {
		return jdbc.sql("""
				select kpi, measure, label, amount, numerator, denominator from kpi_value where run_id = ?
				order by kpi, measure, label""")
			.param(runId)
			.query((rs, n) -> new KpiValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)))
			.list();
	}

	public Optional<RunResult> run(long runId) {
		return jdbc.sql("select run_id, as_of, ruleset_version from assessment_run where run_id = ?")
			.param(runId)
			.query(ResultStore::run)
			.optional();
	}

	public Optional<RunResult> latestRun() {
		return jdbc.sql("select run_id, as_of, ruleset_version from assessment_run order by as_of desc, run_id desc fetch first 1 rows only")
			.query(ResultStore::run)
			.optional();
	}

	/** The latest stored night with an as-of date on or before {@code date}. */
	public Optional<RunResult> latestRunOnOrBefore(LocalDate date) {
		return jdbc.sql("""
				select run_id, as_of, ruleset_version from assessment_run where as_of <= ?
				order by as_of desc, run_id desc fetch first 1 rows only""").param(Date.valueOf(date)).query(ResultStore::run).optional();
	}

	public List<RunResult> runs() {
		return jdbc.sql("select run_id, as_of, ruleset_version from assessment_run order by as_of, run_id")
			.query(ResultStore::run)
			.list();
	}

	/** A run's settings, riskiest first, each with its reasons. */
	public List<SettingResult> settings(long runId) {
		return settings(runId, "", List.of(runId));
	}

	/**
	 * One setting of a run, with its reasons, or empty when the run did not assess it. Only that
	 * setting's rows are read (explain, as a new process, must not read a national run's every reason).
	 */
	public Optional<SettingResult> setting(long runId, String urn) {
		String wanted = urn.trim();
		// the key as stored (an index seek), else the same URN in any case (a scan of the run)
		List<SettingResult> exact = settings(runId, " and urn = ?", List.of(runId, wanted));
		if (!exact.isEmpty()) {
			return Optional.of(exact.get(0));
		}
		return settings(runId, " and upper(urn) = ?", List.of(runId, wanted.toUpperCase(java.util.Locale.ROOT)))
			.stream()
			.filter(s -> s.urn().equalsIgnoreCase(wanted))
			.findFirst();
	}

	private List<SettingResult> settings(long runId, String andWhere, List<Object> params) {
		Map<String, List<Reason>> reasons = new HashMap<>();
		jdbc.sql("""
				select urn, rule_id, points, fact, fact_date, source_file, source_line from setting_reason
				where run_id = ?""" + andWhere + " order by urn, seq").params(params).query((RowCallbackHandler) rs -> {
			String urn = rs.getString(1);
			reasons.computeIfAbsent(urn, k -> new ArrayList<>())
				.add(new Reason(urn, rs.getString(2), rs.getInt(3), rs.getString(4), localDate(rs, 5), source(rs, 6)));
		});
		return jdbc.sql("""
				select urn, setting_name, provider, setting_type, score, band, band_rule, visit_every_months,
				       first_visit_working_days, first_visit_months, children_placed, last_visit, next_due, overdue,
				       over_capacity, schedule_rule, moved_from
				from setting_assessment where run_id = ?""" + andWhere + " order by score desc, urn")
			.params(params)
			.query((rs, n) -> new SettingResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), RiskBand.of(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
					rs.getInt(11), localDate(rs, 12), localDate(rs, 13), rs.getBoolean(14), rs.getBoolean(15),
					localDate(rs, 17), rs.getString(16), List.copyOf(reasons.getOrDefault(rs.getString(1), List.of()))))
			.list();
	}

	public List<FlagResult> flags(long runId) {
		return jdbc.sql("""
				select child, urn, code, severity, first_raised, status, fact, fact_date, source_file, source_line
				from panel_flag_run where run_id = ? order by child, urn, code""")
			.param(runId)
			.query((rs, n) -> flag(rs))
			.list();
	}

	/**
	 * The flags left open (new or continuing) by the latest night <em>before</em> this as-of date (its
	 * latest run), never by a run of the same night: a night run again is judged against the same
	 * night before, so its flags are what they were the first time (issue 15), and a night replayed
	 * after later ones is judged against the one before it, not the latest stored.
	 */
	public List<FlagResult> openFlagsBefore(LocalDate asOf) {
		return jdbc.sql("""
				select child, urn, code, severity, first_raised, status, fact, fact_date, source_file, source_line
				from panel_flag_run where run_id = (
				    select max(run_id) from assessment_run where as_of = (
				        select max(as_of) from assessment_run where as_of < ?)) and status <> 'resolved'
				order by child, urn, code""")
			.param(Date.valueOf(asOf))
			.query((rs, n) -> flag(rs))
			.list();
	}

	private static FlagResult flag(ResultSet rs) throws SQLException {
		return new FlagResult(rs.getString(1), rs.getString(2), rs.getString(3), Severity.of(rs.getString(4)),
				localDate(rs, 5), FlagStatus.of(rs.getString(6)), rs.getString(7), localDate(rs, 8), source(rs, 9));
	}

	private static RunResult run(ResultSet rs, int n) throws SQLException {
		return new RunResult(rs.getLong(1), localDate(rs, 2), rs.getString(3).trim());
	}

	private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static Source source(ResultSet rs, int fileColumn) throws SQLException {
		String file = rs.getString(fileColumn);
		return file == null ? Source.NONE : new Source(file, rs.getLong(fileColumn + 1));
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static String file(Source s) {
		return s == null || s.file().isEmpty() ? null : s.file();
	}

	private static Long line(Source s) {
		return s == null || s.file().isEmpty() ? null : s.line();
	}
}
