package uk.placewise.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engine's warnings per ruleset version (V24__ruleset_warnings.sql): stored when a night compiles
 * the rules, read by every night whose results came from that ruleset, compiled or not.
 */
@Repository
public class RulesetWarningStore {

	/** The longest warning kept, the column's width; a longer one is cut, saying so. */
	public static final int MAX_LENGTH = 4000;

	private static final String CUT = " [...]";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RulesetWarningStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A warning as it is stored and reported: at most {@link #MAX_LENGTH} characters. */
	public static String bounded(String warning) {
		return warning.length() <= MAX_LENGTH ? warning
				: warning.substring(0, MAX_LENGTH - CUT.length()) + CUT;
	}

	/** Records what compiling this ruleset warned about, replacing what was recorded of it before. */
	public void save(String rulesetVersion, List<String> warnings) {
		jdbc.sql("delete from ruleset_warning where ruleset_version = ?").param(rulesetVersion).update();
		jdbc.sql("delete from ruleset_compiled where ruleset_version = ?").param(rulesetVersion).update();
		jdbc.sql("insert into ruleset_compiled (ruleset_version, warnings) values (?, ?)")
			.params(rulesetVersion, warnings.size())
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < warnings.size(); i++) {
			rows.add(new Object[] { rulesetVersion, i, bounded(warnings.get(i)) });
		}
		template.batchUpdate("insert into ruleset_warning (ruleset_version, seq, warning) values (?, ?, ?)", rows);
	}

	/** The warnings recorded when this ruleset was compiled, in order; empty when it never was in this store. */
	public Optional<List<String>> of(String rulesetVersion) {
		Optional<Integer> count = jdbc.sql("select warnings from ruleset_compiled where ruleset_version = ?")
			.param(rulesetVersion)
			.query(Integer.class)
			.optional();
		return count.map(n -> jdbc.sql("select warning from ruleset_warning where ruleset_version = ? order by seq")
			.param(rulesetVersion)
			.query(String.class)
			.list());
	}
}
