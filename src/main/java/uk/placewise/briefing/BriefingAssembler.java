package uk.placewise.briefing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.assess.Reason;
import uk.placewise.assess.RuleBase;
import uk.placewise.facts.FactSet;
import uk.placewise.report.pdf.Band;
import uk.placewise.report.pdf.Briefing;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.results.FlagResult;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;
import uk.placewise.store.FactLoader;
import uk.placewise.store.VisitRecords;

/**
 * Assembles the briefings of the stored night on or before an as-of date from what that night stored
 * (scores, reasons, flags, the schedule's due dates) and the facts of its as-of date, as the rules saw
 * them. Nothing is decided again: a visit is in when the night scheduled it within the window or
 * overdue, and every reason is the rules' own.
 */
@Component
public class BriefingAssembler {

	private final ResultStore results;

	private final FactLoader facts;

	private final VisitRecords records;

	private final PlacewiseProperties properties;

	BriefingAssembler(ResultStore results, FactLoader facts, VisitRecords records, PlacewiseProperties properties) {
		this.results = results;
		this.facts = facts;
		this.records = records;
		this.properties = properties;
	}

	public ReportsFolder reports() {
		return new ReportsFolder(properties.reportsFolder());
	}

	/** The briefings of the latest night on or before {@code asOf}; empty when no night is stored. */
	public Optional<Briefings> assemble(LocalDate asOf, int withinDays) throws IOException {
		Optional<RunResult> run = results.latestRunOnOrBefore(asOf);
		return run.isEmpty() ? Optional.empty() : Optional.of(assemble(run.get(), withinDays));
	}

	/** The briefings of a stored night (the nightly's own run). */
	public Briefings assemble(RunResult run, int withinDays) throws IOException {
		// the prompts file is checked before anything is read, so a typo fails at once, naming its line
		RuleBase rules = RuleBase.compile(properties.rulesFolder());
		VisitPrompts prompts = VisitPrompts.load(reports(), rules.ruleNames());
		LocalDate day = run.asOf();
		LocalDate last = day.plusDays(withinDays);
		List<SettingResult> due = results.settings(run.runId())
			.stream()
			.filter(s -> s.nextDue() != null && (s.overdue() || !s.nextDue().isAfter(last)))
			.sorted(Comparator.comparing(SettingResult::nextDue)
				.thenComparing(Comparator.comparingInt(SettingResult::score).reversed())
				.thenComparing(SettingResult::urn))
			.toList();
		if (due.isEmpty()) {
			return new Briefings(run, withinDays, List.of());
		}
		FactSet night = facts.load(day, rules.factWindow().lookBackDays());
		SettingHistory history = new SettingHistory(night, records.returnInterviews(day));
		Map<String, List<FlagResult>> openFlags = results.flags(run.runId())
			.stream()
			.filter(FlagResult::open)
			.collect(Collectors.groupingBy(FlagResult::child));
		Map<String, String> officers = records.lastOfficers(day);
		List<Briefings.Visit> visits = new ArrayList<>();
		for (SettingResult s : due) {
			Briefing b = new Briefing(day, properties.council(), run.rulesetVersion(), s.urn(), s.settingName(),
					s.provider(), s.settingType(), Band.valueOf(s.band().name()), s.score(), s.bandRule(),
					s.visitEveryMonths(), s.nextDue(), s.overdue(), s.scheduleRule(),
					history.lastVisit(s.urn(), officers.getOrDefault(s.urn(), "")), points(s),
					history.children(s.urn(), openFlags), history.reg44(s.urn()), history.latestReg45(s.urn()),
					history.openConcerns(s.urn()), history.enforcementsInForce(s.urn()), history.missing(s.urn()),
					prompts(s, prompts));
			visits.add(new Briefings.Visit(b, officers.getOrDefault(s.urn(), "")));
		}
		return new Briefings(run, withinDays, visits);
	}

	private static List<Briefing.Point> points(SettingResult s) {
		return s.reasons()
			.stream()
			.map(r -> new Briefing.Point(r.ruleId(), r.points(), r.fact(), r.date(),
					r.source() == null ? "" : r.source().toString()))
			.toList();
	}

	private static List<Briefing.Prompt> prompts(SettingResult s, VisitPrompts prompts) {
		Set<String> codes = new LinkedHashSet<>();
		s.reasons().stream().map(Reason::ruleId).forEach(codes::add);
		return codes.stream()
			.filter(code -> !prompts.lines(code).isEmpty())
			.map(code -> new Briefing.Prompt(code, prompts.lines(code)))
			.toList();
	}
}
