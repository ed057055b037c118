package uk.placewise.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.placewise.assess.Reason;
import uk.placewise.results.SettingResult;

/**
 * visit-schedule.ics: one all-day event per due QA visit, on its due date, with the band, score and
 * reasons in the description. Stamped with the run's as-of date (not the wall clock) so that a replayed
 * night writes the same bytes.
 */
final class VisitCalendar {

	private VisitCalendar() {
	}

	static void write(Path path, List<SettingResult> visits, LocalDate asOf) throws IOException {
		Calendar calendar = new Calendar().withProdId("-//Placewise//QA visit schedule//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(new CalScale("GREGORIAN"))
			.getFluentTarget();
		DtStamp stamp = new DtStamp(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
		for (SettingResult s : visits) {
			VEvent event = new VEvent(s.nextDue(), "QA visit: " + s.settingName() + " (" + s.urn() + ", " + s.band() + ")");
			event.replace(stamp);
			event.replace(new Uid("qa-visit-" + s.urn() + "-" + s.nextDue() + "@placewise"));
			event.add(new Categories("QA visit"));
			event.add(new Description(description(s)));
			calendar.add(event);
		}
		try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			new CalendarOutputter(false).output(calendar, out);
		}
	}

	private static String description(SettingResult s) {
		StringBuilder d = new StringBuilder();
		d.append(s.settingName()).append(" (").append(s.urn()).append("), ").append(s.provider()).append('\n');
		d.append("Band ").append(s.band()).append(", score ").append(s.score()).append(", visit every ")
			.append(s.visitEveryMonths()).append(" months\n");
		d.append("Due: ").append(s.scheduleRule()).append(s.overdue() ? " (OVERDUE)" : "").append('\n');
		d.append("Children placed: ").append(s.childrenPlaced()).append('\n');
		for (Reason r : s.reasons()) {
			d.append(r.ruleId()).append(" (").append(r.points()).append("): ").append(r.fact()).append('\n');
		}
		return d.toString().strip();
	}
}
