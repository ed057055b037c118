package uk.placewise.impact;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.Flag;
import uk.placewise.assess.RuleBase;
import uk.placewise.facts.FactSet;
import uk.placewise.nightly.NightSchedule;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;
import uk.placewise.store.FactLoader;

/**
 * Runs the live rules and a draft over the same stored facts of a night, as the assess step would
 * (the fact loader, the assessor, the night's schedule with the QA capacity and bank holidays), and
 * compares them. It only reads: nothing is stored, no run is made, and the result tables, the flag
 * lifecycle and the published outputs are left as they are.
 */
@Component
public class RulesImpact {

	private static final Comparator<FlagChange> FLAG_ORDER = Comparator.comparing(FlagChange::flag)
		.thenComparing(FlagChange::child)
		.thenComparing(FlagChange::urn)
		.thenComparing(FlagChange::added);

	private final FactLoader facts;

	private final ResultStore results;

	private final Environment environment;

	RulesImpact(FactLoader facts, ResultStore results, Environment environment) {
		this.facts = facts;
		this.results = results;
		this.environment = environment;
	}

	/** The stored night whose facts an impact as of {@code asOf} reads: the latest run on or before it. */
	public Optional<RunResult> night(LocalDate asOf) {
		return results.latestRunOnOrBefore(asOf);
	}

	public ImpactReport compare(Path draftFolder, LocalDate asOf) {
		RunResult night = night(asOf).orElseThrow(() -> new IllegalStateException(
				"no nightly run is stored on or before " + asOf + "; run 'placewise nightly' first"));
		PlacewiseProperties now = PlacewiseProperties.current(environment);
		Integer capacity = now.qa().monthlyCapacity();
		OptionalInt monthlyCapacity = capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
		RuleBase live = RuleBase.compile(now.rulesFolder());
		RuleBase draft = RuleBase.compile(draftFolder);
		int liveWindow = live.factWindow().lookBackDays();
		int draftWindow = draft.factWindow().lookBackDays();
		FactSet liveFacts = facts.load(asOf, liveWindow);
		FactSet draftFacts = draftWindow == liveWindow ? liveFacts : facts.load(asOf, draftWindow);
		Assessment before = new Assessor(live, now.assess().budget()).assess(liveFacts);
		Assessment after = new Assessor(draft, now.assess().budget()).assess(draftFacts);
		Path holidays = now.qa().bankHolidaysFile();
		List<SettingResult> was = NightSchedule.settings(before, liveFacts, holidays, monthlyCapacity);
		List<SettingResult> will = NightSchedule.settings(after, draftFacts, holidays, monthlyCapacity);
		return new ImpactReport(asOf, now.rulesFolder(), live.version(), draftFolder, draft.version(), night,
				monthlyCapacity, pairs(was, will), flags(before.flags(), after.flags()), draftWindow != liveWindow);
	}

	/** Both rulesets assess the settings the facts name, so each setting is on both sides. */
	private static List<SettingChange> pairs(List<SettingResult> before, List<SettingResult> after) {
		Map<String, SettingResult> afterByUrn = after.stream()
			.collect(Collectors.toMap(SettingResult::urn, Function.identity()));
		List<SettingChange> pairs = new ArrayList<>();
		for (SettingResult b : before) {
			pairs.add(new SettingChange(b, Objects.requireNonNull(afterByUrn.get(b.urn()), b.urn())));
		}
		return pairs;
	}

	/** A flag is the child, the setting, the code and its severity; raised twice is raised once. */
	private static List<FlagChange> flags(List<Flag> before, List<Flag> after) {
		Map<String, Flag> was = byKey(before);
		Map<String, Flag> will = byKey(after);
		List<FlagChange> changes = new ArrayList<>();
		will.forEach((key, f) -> {
			if (!was.containsKey(key)) {
				changes.add(change(f, true));
			}
		});
		was.forEach((key, f) -> {
			if (!will.containsKey(key)) {
				changes.add(change(f, false));
			}
		});
		changes.sort(FLAG_ORDER);
		return changes;
	}

	private static Map<String, Flag> byKey(List<Flag> flags) {
		Map<String, Flag> byKey = new TreeMap<>();
		flags.forEach(f -> byKey.putIfAbsent(f.child() + "\u0000" + f.urn() + "\u0000" + f.code() + "\u0000"
				+ f.severity(), f));
		return byKey;
	}

	private static FlagChange change(Flag f, boolean added) {
		return new FlagChange(f.child(), f.urn() == null ? "" : f.urn(), f.code(), f.severity(), added);
	}
}
