package uk.placewise.rulecheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.Node;

import uk.placewise.facts.Child;
import uk.placewise.facts.Concern;
import uk.placewise.facts.Enforcement;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.facts.Reg44Report;
import uk.placewise.facts.Reg45Review;
import uk.placewise.facts.SdqScore;
import uk.placewise.facts.Setting;
import uk.placewise.facts.Source;
import uk.placewise.facts.ViabilityCheck;
import uk.placewise.yaml.YamlMap;

/**
 * The facts of a scenario file: one setting and what is known about it, with a default for every
 * field not stated (rules/README.md lists them). Each fact's source is the scenario file and the
 * line of its item, so a reason's evidence points back into the scenario.
 */
final class FactsReader {

	static final String DEFAULT_URN = "SC000001";

	static final String DEFAULT_PROVIDER = "Scenario Provider Ltd";

	private final String file;

	private final LocalDate asOf;

	private Setting setting;

	private final List<Placement> placements = new ArrayList<>();

	FactsReader(String file, LocalDate asOf) {
		this.file = file;
		this.asOf = asOf;
	}

	FactSet read(YamlMap scenario) {
		setting = setting(scenario);
		List<Child> children = new ArrayList<>();
		for (Node node : scenario.list("children")) {
			YamlMap c = map(node, "a child", "id", "age", "placed", "left", "place", "provider", "urn", "miles", "rne");
			String id = c.required("id");
			children.add(new Child(id, c.integer("age", 16), source(c)));
			placements.add(placement(c, id, c.date("placed", asOf.minusMonths(6)), c.date("left", null),
					urn(c, setting.urn()), SettingKind.of(setting).defaultPlace()));
		}
		for (Node node : scenario.list("placements")) {
			YamlMap p = map(node, "a placement", "child", "start", "end", "place", "provider", "urn", "miles", "rne");
			placements.add(placement(p, p.required("child"), p.requiredDate("start"), p.date("end", null),
					urn(p, null), "K2"));
		}
		return new FactSet(asOf, List.of(setting), children, List.copyOf(placements),
				items(scenario, "inspections", this::inspection), items(scenario, "enforcement", this::enforcement),
				items(scenario, "missing", this::missing), items(scenario, "sdq", this::sdq),
				items(scenario, "reg44", this::reg44), items(scenario, "reg45", this::reg45),
				items(scenario, "qa-visits", this::qaVisit), items(scenario, "concerns", this::concern),
				items(scenario, "viability", this::viability));
	}

	private Setting setting(YamlMap scenario) {
		if (!scenario.has("setting")) {
			return SettingKind.CHILDRENS_HOME.setting(DEFAULT_URN, "Setting " + DEFAULT_URN, DEFAULT_PROVIDER, true,
					"Active", null, "", false, new Source(file, scenario.line()));
		}
		YamlMap s = map(scenario.node("setting"), "the setting", "urn", "name", "provider", "type", "registered",
				"status", "registered-on", "postcode", "considered");
		String urn = s.text("urn", DEFAULT_URN);
		boolean registered = s.yesNo("registered", true, false);
		SettingKind kind = SettingKind.parse(s, "type");
		return kind.setting(urn, s.text("name", "Setting " + urn), s.text("provider", DEFAULT_PROVIDER), registered,
				s.text("status", registered ? "Active" : ""), s.date("registered-on", null), s.text("postcode", ""),
				s.yesNo("considered", false, false), source(s));
	}

	private Placement placement(YamlMap p, String child, LocalDate start, LocalDate end, String urn,
			String defaultPlace) {
		if (end != null && end.isBefore(start)) {
			throw new ScenarioException(file, p.line(), "the placement ends (" + end + ") before it starts (" + start + ")");
		}
		boolean current = !start.isAfter(asOf) && (end == null || end.isAfter(asOf));
		return new Placement(child, start, end, p.text("rne", "P"), p.text("place", defaultPlace),
				p.text("provider", "PR4"), urn, p.number("miles", 5.0), current, source(p));
	}

	/** The URN of a placement: as given ("none" for no Ofsted URN), else the default. */
	private static String urn(YamlMap p, String otherwise) {
		String urn = p.text("urn", null);
		if (urn == null) {
			return otherwise;
		}
		return urn.equalsIgnoreCase("none") || urn.equals("XXXXXXX") ? null : urn;
	}

	private Inspection inspection(YamlMap i) {
		LocalDate date = i.requiredDate("date");
		if (i.has("grade") == i.has("interim")) {
			throw new ScenarioException(file, i.line(),
					"an inspection needs either grade (a full inspection) or interim (an interim outcome)");
		}
		if (i.has("grade")) {
			return new Inspection(setting.urn(), date, i.text("type", "Full inspection"), true, grade(i, "grade"), null,
					null, source(i));
		}
		return new Inspection(setting.urn(), date, i.text("type", "Interim inspection"), false, null,
				i.text("interim", null), null, source(i));
	}

	private Enforcement enforcement(YamlMap e) {
		return new Enforcement(setting.urn(), e.required("action"), e.date("start", null), e.date("end", null),
				source(e));
	}

	private MissingEpisode missing(YamlMap m) {
		String child = m.required("child");
		LocalDate start = m.requiredDate("start");
		LocalDate end = m.date("end", start.plusDays(1));
		boolean recorded = m.has("interview");
		LocalDate offered = null;
		if (recorded) {
			String text = m.text("interview", "");
			offered = text.equalsIgnoreCase("not offered") ? null : m.date("interview", null);
		}
		String urn = m.present("urn") ? urn(m, null) : placedOn(child, start);
		return new MissingEpisode(child, urn, m.text("kind", "M"), start, end, recorded, offered, source(m));
	}

	/** An episode belongs to the setting where the child was placed when it started (risk-model.md 5). */
	private String placedOn(String child, LocalDate date) {
		return placements.stream()
			.filter(p -> p.child().equals(child) && !p.decom().isAfter(date) && (p.dec() == null || p.dec().isAfter(date)))
			.map(Placement::urn)
			.findFirst()
			.orElse(setting.urn());
	}

	private SdqScore sdq(YamlMap s) {
		LocalDate date = s.date("date", null);
		if (date == null) {
			Integer year = s.integer("year", null);
			if (year == null) {
				throw new ScenarioException(file, s.line(), "an SDQ score needs date, or year (dated 31 March)");
			}
			date = LocalDate.of(year, 3, 31);
		}
		Integer score = s.integer("score", null);
		if (score == null) {
			throw new ScenarioException(file, s.line(), "an SDQ score needs score");
		}
		return new SdqScore(s.required("child"), date, score, source(s));
	}

	private Reg44Report reg44(YamlMap r) {
		LocalDate visit = r.requiredDate("visit");
		return new Reg44Report(setting.urn(), visit, r.date("received", visit.plusDays(5)),
				r.yesNo("safeguarded", true, true), r.yesNo("wellbeing", true, true), r.integer("outstanding", 0),
				source(r));
	}

	private Reg45Review reg45(YamlMap r) {
		return new Reg45Review(setting.urn(), r.requiredDate("review"), source(r));
	}

	private QaVisit qaVisit(YamlMap v) {
		return new QaVisit(setting.urn(), v.requiredDate("date"), v.text("type", "Announced"),
				v.has("outcome") && !v.text("outcome", "").equalsIgnoreCase("none") ? grade(v, "outcome") : null,
				source(v));
	}

	private Concern concern(YamlMap c) {
		return new Concern(c.text("id", "CN" + c.line()), setting.urn(), c.requiredDate("raised"),
				c.text("category", "safeguarding").toLowerCase(Locale.ROOT), c.text("status", "open"),
				c.date("closed", null), source(c));
	}

	private ViabilityCheck viability(YamlMap v) {
		String provider = v.text("provider", setting.provider());
		return new ViabilityCheck(provider.trim().toLowerCase(Locale.ROOT), provider, v.requiredDate("date"),
				v.required("rating"), source(v));
	}

	static Grade grade(YamlMap m, String key) {
		String text = m.text(key, "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return switch (text) {
			case "outstanding" -> Grade.OUTSTANDING;
			case "good" -> Grade.GOOD;
			case "requires improvement", "requires improvement to be good", "ri" -> Grade.REQUIRES_IMPROVEMENT;
			case "inadequate" -> Grade.INADEQUATE;
			default -> throw m.error(key, key + " must be Outstanding, Good, Requires improvement or Inadequate, not '"
					+ m.text(key, "") + "'");
		};
	}

	private <T> List<T> items(YamlMap scenario, String key, Function<YamlMap, T> reader) {
		List<T> facts = new ArrayList<>();
		for (Node node : scenario.list(key)) {
			facts.add(reader.apply(map(node, "an item of " + key, Keys.of(key))));
		}
		return facts;
	}

	private YamlMap map(Node node, String what, String... keys) {
		return map(node, what, Set.of(keys));
	}

	private YamlMap map(Node node, String what, Set<String> keys) {
		return YamlMap.of(file, node, what, keys);
	}

	private Source source(YamlMap item) {
		return new Source(file, item.line());
	}

	/** The keys each list of facts may use. */
	static final class Keys {

		private Keys() {
		}

		static Set<String> of(String list) {
			return switch (list) {
				case "inspections" -> Set.of("date", "grade", "interim", "type");
				case "enforcement" -> Set.of("action", "start", "end");
				case "missing" -> Set.of("child", "start", "end", "kind", "interview", "urn");
				case "sdq" -> Set.of("child", "date", "year", "score");
				case "reg44" -> Set.of("visit", "received", "safeguarded", "wellbeing", "outstanding");
				case "reg45" -> Set.of("review");
				case "qa-visits" -> Set.of("date", "outcome", "type");
				case "concerns" -> Set.of("id", "raised", "category", "status", "closed");
				case "viability" -> Set.of("date", "rating", "provider");
				default -> throw new IllegalArgumentException(list);
			};
		}
	}
}
