package uk.placewise.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import uk.placewise.assess.RiskBand;
import uk.placewise.rulecheck.Expectations.Check;
import uk.placewise.rulecheck.Expectations.Counting;
import uk.placewise.rulecheck.Expectations.Expected;
import uk.placewise.rulecheck.Expectations.ExpectedFlag;
import uk.placewise.rulecheck.Expectations.ExpectedMeasure;
import uk.placewise.rulecheck.Expectations.ExpectedReason;
import uk.placewise.rulecheck.Expectations.FirstVisit;
import uk.placewise.rulecheck.Expectations.Mode;
import uk.placewise.yaml.YamlMap;

/** The {@code expect:} part of a scenario file. */
final class ExpectationsReader {

	private static final Set<String> KEYS = Set.of("score", "band", "band-rule", "visit-every", "first-visit",
			"reasons", "reasons-include", "reasons-exclude", "flags", "flags-include", "flags-exclude", "counted",
			"not-counted", "not-measured");

	private static final Pattern MEASURE = Pattern.compile("(\\S+)\\s+(K[0-9A-Za-z-]+)");


	private static final Pattern FIRST_VISIT = Pattern.compile("(\\d+)\\s+(working days?|months?)");

	private static final Pattern REASON = Pattern.compile("([A-Z][A-Z0-9_-]*)\\s*(?::\\s*(-?\\d+))?");

	private static final Pattern FLAG = Pattern.compile("(\\S+)\\s+([A-Z0-9_]+)(?:\\s+\\(?(urgent|review)\\)?)?");

	private final String file;

	ExpectationsReader(String file) {
		this.file = file;
	}

	Expectations read(YamlMap scenario) {
		if (!scenario.has("expect")) {
			throw new ScenarioException(file, scenario.line(), "the scenario has no expect: part (score, band, "
					+ "visit-every, reasons, flags ...), so there is nothing to check");
		}
		YamlMap e = YamlMap.of(file, scenario.node("expect"), "expect", KEYS);
		if (KEYS.stream().noneMatch(e::present)) {
			throw new ScenarioException(file, scenario.line("expect"), "expect: is empty, so there is nothing to check");
		}
		Expected<String> band = null;
		if (e.has("band")) {
			String text = e.text("band", "");
			String value = text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1).toLowerCase(Locale.ROOT);
			if (RiskBand.named(value).isEmpty()) {
				throw e.error("band", "band must be Critical, High, Medium or Low, not '" + text + "'");
			}
			band = new Expected<>(value, e.line("band"));
		}
		List<Check<ExpectedReason>> reasons = new ArrayList<>();
		List<Check<ExpectedFlag>> flags = new ArrayList<>();
		for (Mode mode : Mode.values()) {
			String suffix = mode == Mode.EXACTLY ? "" : "-" + mode.name().toLowerCase(Locale.ROOT);
			if (e.present("reasons" + suffix)) {
				reasons.add(new Check<>(mode, e.line("reasons" + suffix),
						e.list("reasons" + suffix).stream().map(this::reason).toList()));
			}
			if (e.present("flags" + suffix)) {
				flags.add(new Check<>(mode, e.line("flags" + suffix),
						e.list("flags" + suffix).stream().map(this::flag).toList()));
			}
		}
		List<ExpectedMeasure> measures = new ArrayList<>();
		for (Counting counting : Counting.values()) {
			String key = counting.name().toLowerCase(Locale.ROOT).replace('_', '-');
			if (e.present(key)) {
				e.list(key).forEach(node -> measures.add(measure(node, counting)));
			}
		}
		return new Expectations(integer(e, "score"), band,
				e.has("band-rule") ? new Expected<>(e.text("band-rule", ""), e.line("band-rule")) : null,
				integer(e, "visit-every"), firstVisit(e), reasons, flags, measures);
	}

	/** {@code - C1 K8}: the child and the dashboard measure of kpis.drl. */
	private ExpectedMeasure measure(Node node, Counting counting) {
		int line = YamlMap.line(node);
		String text = pair(node, " ");
		Matcher m = MEASURE.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new ScenarioException(file, line, "a measured child is written as the child and the measure "
					+ "(C1 K8, C1 K7-completion), not '" + text + "'");
		}
		return new ExpectedMeasure(m.group(1), m.group(2), counting, line);
	}

	private static Expected<Integer> integer(YamlMap e, String key) {
		return e.has(key) ? new Expected<>(e.integer(key, null), e.line(key)) : null;
	}

	private static Expected<FirstVisit> firstVisit(YamlMap e) {
		if (!e.has("first-visit")) {
			return null;
		}
		String text = e.text("first-visit", "").toLowerCase(Locale.ROOT);
		Matcher m = FIRST_VISIT.matcher(text);
		if (!m.matches()) {
			throw e.error("first-visit", "first-visit must be like '10 working days' or '3 months', not '" + text + "'");
		}
		return new Expected<>(new FirstVisit(Integer.parseInt(m.group(1)), m.group(2).startsWith("working")),
				e.line("first-visit"));
	}

	/** {@code - OFS-RI} or {@code - OFS-RI: 25}. */
	private ExpectedReason reason(Node node) {
		int line = YamlMap.line(node);
		String text = pair(node, ": ");
		Matcher m = REASON.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new ScenarioException(file, line,
					"a reason is written as a rule id, or a rule id and its points (OFS-RI or OFS-RI: 25), not '" + text + "'");
		}
		return new ExpectedReason(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), line);
	}

	/** {@code - C1 INADEQUATE_SETTING}, {@code - C1 INADEQUATE_SETTING urgent} or {@code - {child: C1, code: ..., severity: ...}}. */
	private ExpectedFlag flag(Node node) {
		int line = YamlMap.line(node);
		if (node instanceof MappingNode map && map.getValue().size() > 1
				|| node instanceof MappingNode one && one.getValue().size() == 1 && key(one).equals("child")) {
			YamlMap f = YamlMap.of(file, node, "a flag", Set.of("child", "code", "severity"));
			return new ExpectedFlag(f.required("child"), f.required("code"), f.text("severity", null), line);
		}
		String text = pair(node, " ");
		Matcher m = FLAG.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new ScenarioException(file, line, "a flag is written as the child and the code (C1 INADEQUATE_SETTING), "
					+ "optionally its severity (C1 INADEQUATE_SETTING urgent), not '" + text + "'");
		}
		return new ExpectedFlag(m.group(1), m.group(2), m.group(3), line);
	}

	/** A scalar's text, or a one-pair mapping ({@code OFS-RI: 25}) joined with the separator. */
	private static String pair(Node node, String separator) {
		if (node instanceof ScalarNode s) {
			return s.getValue().trim();
		}
		if (node instanceof MappingNode m && m.getValue().size() == 1) {
			NodeTuple t = m.getValue().get(0);
			if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
				return k.getValue().trim() + separator + v.getValue().trim();
			}
		}
		return null;
	}

	private static String key(MappingNode map) {
		return map.getValue().get(0).getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
	}
}
