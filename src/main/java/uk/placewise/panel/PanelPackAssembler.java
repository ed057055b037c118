package uk.placewise.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.report.pdf.FlagStatus;
import uk.placewise.report.pdf.PanelFlagView;
import uk.placewise.report.pdf.PanelPack;
import uk.placewise.report.pdf.Severity;
import uk.placewise.results.FlagResult;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;

/**
 * The complex needs panel pack from the stored night on or before the as-of date: every flag of the
 * night, open (new or continuing) and resolved since the previous night, with the flag's own evidence and the setting's band and top reasons, so the
 * panel sees why the setting is a concern without opening another report (Cheshire East 25.6).
 */
@Component
public class PanelPackAssembler {

	private final ResultStore results;

	private final String council;

	PanelPackAssembler(ResultStore results, PlacewiseProperties properties) {
		this.results = results;
		this.council = properties.council();
	}

	public Optional<PanelPack> assemble(LocalDate asOf) {
		return results.latestRunOnOrBefore(asOf).map(this::pack);
	}

	private PanelPack pack(RunResult run) {
		Map<String, SettingResult> settings = new HashMap<>();
		results.settings(run.runId()).forEach(s -> settings.put(s.urn(), s));
		List<PanelFlagView> views = new ArrayList<>();
		// resolved flags too: the pack lists them apart, so a closed concern is seen to close (risk-model.md 4)
		for (FlagResult f : results.flags(run.runId())) {
			SettingResult s = settings.get(f.urn());
			List<String> evidence = new ArrayList<>();
			evidence.add(f.evidence());
			if (s != null) {
				evidence.add("Setting " + s.urn() + ": band " + s.band() + ", score " + s.score()
						+ (s.reasons().isEmpty() ? "" : " (" + s.reasonCodes().replace(";", "; ") + ")"));
			}
			views.add(new PanelFlagView(f.child(), f.urn(), s == null ? "" : s.settingName(),
					s == null ? "" : s.provider(), f.code(), Severity.valueOf(f.severity().name()),
					f.firstRaised(), FlagStatus.valueOf(f.status().name()), evidence));
		}
		return new PanelPack(run.asOf(), council, run.rulesetVersion(), views);
	}
}
