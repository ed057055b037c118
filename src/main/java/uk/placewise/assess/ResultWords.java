package uk.placewise.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before anything runs, the words the rules write for the results Placewise acts on: the band a
 * rule sets or tests ({@code new Band( $u, "Critical", ... )}, {@code band == "Critical"}) and a flag's
 * severity ({@code new Flag( $c, $u, "CODE", "urgent", ... )}). A misspelt band would otherwise sort
 * ahead of Critical, never be moved for capacity, and fail only in the outputs step; a misspelt test
 * would silently never match. Each problem names the file, line and rule. A band or severity computed at
 * run time is checked by {@link Assessor} as the rules insert it.
 */
final class ResultWords {

	/** An argument before the one checked: a variable or a call with no arguments ({@code $s.urn()}). */
	private static final String ARG = "(?:[^,()\"]|\\(\\s*\\))+";

	private static final Pattern NEW_BAND = Pattern.compile("new\\s+Band\\s*\\(\\s*" + ARG + ",\\s*\"([^\"]*)\"");

	private static final Pattern BAND_TEST = Pattern.compile("\\bband\\s*(?:==|!=)\\s*\"([^\"]*)\"");

	private static final Pattern NEW_FLAG = Pattern
		.compile("new\\s+Flag\\s*\\(\\s*" + ARG + ",\\s*" + ARG + ",\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\"");

	private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

	private ResultWords() {
	}

	static List<String> check(RuleFile file) {
		String drl = file.drl();
		List<String> problems = new ArrayList<>();
		for (Pattern band : List.of(NEW_BAND, BAND_TEST)) {
			Matcher m = band.matcher(drl);
			while (m.find()) {
				if (RiskBand.named(m.group(1)).isEmpty()) {
					problems.add(where(file, m) + " names the band \"" + m.group(1) + "\": a band is "
							+ RiskBand.allNames() + " (exactly so written)");
				}
			}
		}
		Matcher m = NEW_FLAG.matcher(drl);
		while (m.find()) {
			if (Severity.named(m.group(1)).isEmpty()) {
				problems.add(where(file, m) + " gives a flag the severity \"" + m.group(1)
						+ "\": a flag is urgent or review");
			}
		}
		return problems;
	}

	private static String where(RuleFile file, Matcher m) {
		String before = file.drl().substring(0, m.start(1));
		int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
		Matcher rule = RULE.matcher(before);
		String name = null;
		while (rule.find()) {
			name = rule.group(1);
		}
		return file.name() + ":" + file.sourceLine(line) + ": " + (name == null ? "the file" : "rule \"" + name + "\"");
	}
}
