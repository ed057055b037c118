package uk.placewise.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import uk.placewise.facts.AsOf;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Setting;

/**
 * Runs the rules once over a night's facts: for each group of settings (SessionGroups; one group up to
 * 500 settings), a session with the group's facts in, fire, collect each setting's reasons, band and
 * visit frequency and each child's flags, dispose.
 */
public final class Assessor {

	private static final Comparator<Reason> HIGHEST_POINTS_FIRST = Comparator.comparingInt(Reason::points)
		.reversed()
		.thenComparing(Reason::ruleId)
		.thenComparing(r -> String.valueOf(r.fact()));

	private static final Comparator<SettingAssessment> RISKIEST_FIRST = Comparator
		.comparingInt(SettingAssessment::score)
		.reversed()
		.thenComparing(a -> a.setting().urn());

	/**
	 * Urgent first, by child and code; then a total order, because a rule can raise the same flag twice
	 * (a child with two open episodes matches "current" twice) and the lifecycle keeps the first: the one
	 * with the latest evidence, whatever order the session returned them in, so a night replayed gives the
	 * same files.
	 */
	private static final Comparator<Flag> URGENT_FIRST = Comparator
		.comparing((Flag f) -> Severity.of(f.severity()))
		.thenComparing(Flag::child)
		.thenComparing(Flag::code)
		.thenComparing(Flag::urn, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Flag::date, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Flag::fact, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(f -> String.valueOf(f.source()));

	private final RuleBase rules;

	private final RuleBudget budget;

	public Assessor(RuleBase rules) {
		this(rules, RuleBudget.NIGHT);
	}

	/** Rules that run over {@code budget} fail the assessment with a {@link RulesBudgetException}. */
	public Assessor(RuleBase rules, RuleBudget budget) {
		this.rules = rules;
		this.budget = budget;
	}

	public Assessment assess(FactSet facts) {
		return assess(facts, SessionGroups.SETTINGS_PER_SESSION);
	}

	/** As {@link #assess(FactSet)}, with at most this many settings in one session (see SessionGroups). */
	Assessment assess(FactSet facts, int settingsPerSession) {
		SessionGroups groups = SessionGroups.of(facts, settingsPerSession);
		List<SettingAssessment> settings = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		long deadline = System.nanoTime() + budget.time().toNanos();
		List<Measured> measures = new ArrayList<>();
		for (SessionGroups.Group group : groups.groups()) {
			KieSession session = rules.newSession();
			InsertingRules inserting = new InsertingRules();
			session.addEventListener(inserting);
			try {
				insert(session, group.facts());
				new RuleWatch(session, budget, deadline).fire();
				settings.addAll(settings(session, group.facts(), inserting));
				for (Flag flag : objects(session, Flag.class)) {
					knownSeverity(flag, inserting);
					if (groups.keeps(group, flag)) {
						flags.add(flag);
					}
				}
				measures.addAll(objects(session, Measured.class));
			}
			finally {
				session.dispose();
			}
		}
		settings.sort(RISKIEST_FIRST);
		flags.sort(URGENT_FIRST);
		return new Assessment(facts.asOf(), rules.version(), List.copyOf(settings), List.copyOf(flags),
				Measured.merged(measures));
	}

	private static void insert(KieSession session, FactSet facts) {
		session.insert(new AsOf(facts.asOf()));
		for (List<?> list : List.of(orEmpty(facts.settings()), orEmpty(facts.children()), orEmpty(facts.placements()),
				orEmpty(facts.inspections()), orEmpty(facts.enforcements()), orEmpty(facts.missingEpisodes()),
				orEmpty(facts.sdqScores()), orEmpty(facts.reg44Reports()), orEmpty(facts.reg45Reviews()),
				orEmpty(facts.qaVisits()), orEmpty(facts.concerns()), orEmpty(facts.viabilityChecks()))) {
			list.forEach(session::insert);
		}
	}

	private List<SettingAssessment> settings(KieSession session, FactSet facts, InsertingRules inserting) {
		Map<String, List<Reason>> reasons = group(objects(session, Reason.class), Reason::urn);
		Map<String, Score> scores = single(objects(session, Score.class), Score::urn, "Score", inserting);
		Map<String, Band> bands = single(objects(session, Band.class), Band::urn, "band", inserting);
		Map<String, VisitEvery> every = single(objects(session, VisitEvery.class), VisitEvery::urn,
				"visit frequency", inserting);
		Map<String, List<FirstVisitWithin>> first = group(objects(session, FirstVisitWithin.class),
				FirstVisitWithin::urn);

		List<SettingAssessment> settings = new ArrayList<>();
		for (Setting setting : orEmpty(facts.settings())) {
			String urn = setting.urn();
			List<Reason> own = new ArrayList<>(reasons.getOrDefault(urn, List.of()));
			own.sort(HIGHEST_POINTS_FIRST);
			Score score = scores.get(urn);
			Band band = bands.get(urn);
			VisitEvery visit = every.get(urn);
			if (score == null) {
				throw new RulesResultException("The rules in " + rules.folder() + " gave setting " + urn
						+ " no Score: a rule (\"SCORE\" in bands.drl as shipped) must insert exactly one Score per setting");
			}
			if (band == null) {
				throw new RulesResultException("The rules in " + rules.folder() + " gave setting " + urn
						+ " no band: every setting needs a band and a visit frequency");
			}
			RiskBand riskBand = RiskBand.named(band.band())
				.orElseThrow(() -> new RulesResultException("The rules in " + rules.folder() + " gave setting " + urn
						+ " the band \"" + band.band() + "\" (" + inserting.of(band) + "): a band is "
						+ RiskBand.allNames()));
			if (visit == null) {
				throw new RulesResultException("The rules in " + rules.folder() + " gave setting " + urn
						+ " no visit frequency: every setting needs a band and a visit frequency");
			}
			int workingDays = 0;
			int months = 0;
			for (FirstVisitWithin f : first.getOrDefault(urn, List.of())) {
				if (FirstVisitWithin.WORKING_DAYS.equals(f.unit())) {
					workingDays = f.amount();
				}
				else {
					months = f.amount();
				}
			}
			// the rules' own Score, never the reasons re-summed here: a council may cap or weight it (issue 16)
			settings.add(new SettingAssessment(setting, score.total(), riskBand, band.rule(), visit.months(), workingDays,
					months, List.copyOf(own)));
		}
		return settings;
	}

	private static <T> List<T> objects(KieSession session, Class<T> type) {
		Collection<?> found = session.getObjects(new ClassObjectFilter(type));
		List<T> typed = new ArrayList<>(found.size());
		found.forEach(o -> typed.add(type.cast(o)));
		return typed;
	}

	private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> urn) {
		Map<String, List<T>> byUrn = new HashMap<>();
		items.forEach(item -> byUrn.computeIfAbsent(urn.apply(item), k -> new ArrayList<>()).add(item));
		return byUrn;
	}

	private <T> Map<String, T> single(List<T> items, java.util.function.Function<T, String> urn, String what,
			InsertingRules inserting) {
		Map<String, T> byUrn = new HashMap<>();
		for (T item : items) {
			T previous = byUrn.put(urn.apply(item), item);
			if (previous != null) {
				throw new RulesResultException("The rules in " + rules.folder() + " gave setting " + urn.apply(item)
						+ " more than one " + what + ": " + previous + " (" + inserting.of(previous) + ") and " + item
						+ " (" + inserting.of(item) + ")");
			}
		}
		return byUrn;
	}

	private void knownSeverity(Flag flag, InsertingRules inserting) {
		if (Severity.named(flag.severity()).isEmpty()) {
			throw new RulesResultException("The rules in " + rules.folder() + " raised flag " + flag.code()
					+ " with the severity \"" + flag.severity() + "\" (" + inserting.of(flag)
					+ "): a flag is urgent or review");
		}
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
