package uk.placewise.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.placewise.demo.SettingRecords.Concern;
import uk.placewise.demo.SettingRecords.Enforcement;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;
import uk.placewise.demo.SettingRecords.Reg44;
import uk.placewise.demo.SettingRecords.Reg45;

/** A setting and everything recorded about it, in date order once {@link #sort()} has run. */
final class SettingStory {

	final Setting setting;

	final List<Inspection> inspections = new ArrayList<>();

	final List<Enforcement> enforcements = new ArrayList<>();

	final List<Reg44> reg44 = new ArrayList<>();

	final List<Reg45> reg45 = new ArrayList<>();

	final List<QaVisit> qaVisits = new ArrayList<>();

	final List<Concern> concerns = new ArrayList<>();

	SettingStory(Setting setting) {
		this.setting = setting;
	}

	/** The same records about a setting re-issued (the pool numbers settings once all are known). */
	SettingStory withSetting(Setting replacement) {
		SettingStory copy = new SettingStory(replacement);
		copy.inspections.addAll(this.inspections);
		copy.enforcements.addAll(this.enforcements);
		copy.reg44.addAll(this.reg44);
		copy.reg45.addAll(this.reg45);
		copy.qaVisits.addAll(this.qaVisits);
		copy.concerns.addAll(this.concerns);
		return copy.sort();
	}

	SettingStory sort() {
		this.inspections.sort(Comparator.comparing(Inspection::date).thenComparing(Inspection::type));
		this.enforcements.sort(Comparator.comparing(Enforcement::start));
		this.reg44.sort(Comparator.comparing(Reg44::visit));
		this.reg45.sort(Comparator.comparing(Reg45::review));
		this.qaVisits.sort(Comparator.comparing(QaVisit::date));
		this.concerns.sort(Comparator.comparing(Concern::raised));
		return this;
	}

	/** The latest full inspection on or before a date: what the provider list "as at" that date shows. */
	Optional<Inspection> latestFull(java.time.LocalDate onOrBefore) {
		return this.inspections.stream().filter((i) -> i.full() && !i.date().isAfter(onOrBefore))
			.max(Comparator.comparing(Inspection::date));
	}

}
