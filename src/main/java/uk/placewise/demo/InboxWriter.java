package uk.placewise.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Cost;
import uk.placewise.demo.ChildRecords.Episode;
import uk.placewise.demo.ChildRecords.Missing;
import uk.placewise.demo.ChildRecords.Oc2;
import uk.placewise.demo.ChildRecords.ReturnInterview;
import uk.placewise.demo.SettingRecords.Concern;
import uk.placewise.demo.SettingRecords.Enforcement;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;
import uk.placewise.demo.SettingRecords.Reg44;
import uk.placewise.demo.SettingRecords.Reg45;
import uk.placewise.demo.SettingRecords.Viability;

/** The inbox files other than the provider list, open for streaming rows; one method per kind of story. */
final class InboxWriter implements Closeable {

	private final CsvOut header;

	private final CsvOut episodes;

	private final CsvOut missing;

	private final CsvOut oc2;

	private final CsvOut returnInterviews;

	private final CsvOut costs;

	private final CsvOut inspections;

	private final CsvOut enforcement;

	private final CsvOut reg44;

	private final CsvOut reg45;

	private final CsvOut qa;

	private final CsvOut concerns;

	private final CsvOut viability;

	private final List<CsvOut> all = new ArrayList<>();

	private int concernSerial;

	InboxWriter(Path dir) throws IOException {
		this.header = open(dir, "ssda903-header.csv", FeedHeaders.SSDA903_HEADER);
		this.episodes = open(dir, "ssda903-episodes.csv", FeedHeaders.SSDA903_EPISODES);
		this.missing = open(dir, "ssda903-missing.csv", FeedHeaders.SSDA903_MISSING);
		this.oc2 = open(dir, "ssda903-oc2.csv", FeedHeaders.SSDA903_OC2);
		this.returnInterviews = open(dir, "return-interviews.csv", FeedHeaders.RETURN_INTERVIEWS);
		this.costs = open(dir, "costs.csv", FeedHeaders.COSTS);
		this.inspections = open(dir, "ofsted-inspections.csv", FeedHeaders.OFSTED_INSPECTIONS);
		this.enforcement = open(dir, "ofsted-enforcement.csv", FeedHeaders.OFSTED_ENFORCEMENT);
		this.reg44 = open(dir, "reg44.csv", FeedHeaders.REG44);
		this.reg45 = open(dir, "reg45.csv", FeedHeaders.REG45);
		this.qa = open(dir, "qa-visits.csv", FeedHeaders.QA_VISITS);
		this.concerns = open(dir, "concerns.csv", FeedHeaders.CONCERNS);
		this.viability = open(dir, "viability.csv", FeedHeaders.VIABILITY);
	}

	private CsvOut open(Path dir, String name, String[] header) throws IOException {
		CsvOut csv = CsvOut.open(dir, name, false, header);
		this.all.add(csv);
		return csv;
	}

	void child(ChildStory c) throws IOException {
		var h = c.header;
		String dob = Dates.dmy(h.dob());
		this.header.row(h.child(), h.sex(), dob, h.ethnic(), h.upn(), h.mother(), Dates.dmy(h.mcDob()));
		for (Episode e : c.episodes) {
			this.episodes.row(h.child(), Dates.dmy(e.decom()), e.rne(), e.ls(), e.cin(), e.place(), e.provider(),
					Dates.dmy(e.dec()), nn(e.rec()), e.reasonPlaceChange(), e.homePost(), e.plPost(), e.urn());
		}
		for (Missing m : c.missing) {
			this.missing.row(h.child(), dob, m.type(), Dates.dmy(m.start()), Dates.dmy(m.end()));
		}
		for (Oc2 o : c.oc2) {
			String[] cells = new String[13];
			cells[0] = h.child();
			cells[1] = dob;
			cells[2] = (o.score() != null) ? o.score().toString() : "";
			cells[3] = o.reason();
			System.arraycopy(o.health(), 0, cells, 4, 8);
			cells[12] = Integer.toString(o.year());
			this.oc2.row(cells);
		}
		for (ReturnInterview r : c.returnInterviews) {
			this.returnInterviews.row(h.child(), Dates.dmy(r.misStart()), Dates.dmy(r.offered()),
					Dates.dmy(r.completed()));
		}
		for (Cost k : c.costs) {
			this.costs.row(h.child(), k.urn(), Dates.dmy(k.start()), Dates.dmy(k.end()), Integer.toString(k.weekly()),
					k.type());
		}
	}

	void setting(SettingStory s) throws IOException {
		String urn = s.setting.urn();
		// supported accommodation outcomes are not inspection-feed judgements: they reach us through the list
		for (Inspection i : (s.setting.kind() == Setting.Kind.SUPPORTED) ? List.<Inspection>of() : s.inspections) {
			this.inspections.row(urn, Dates.dmy(i.date()), i.type(), i.judgement(), Dates.dmy(i.published()));
		}
		for (Enforcement e : s.enforcements) {
			this.enforcement.row(urn, e.action(), Dates.dmy(e.start()), Dates.dmy(e.end()));
		}
		for (Reg44 r : s.reg44) {
			this.reg44.row(urn, Dates.dmy(r.visit()), Dates.dmy(r.received()), r.safeguarded(), r.wellbeing(),
					Integer.toString(r.recommendations()), r.visitor());
		}
		for (Reg45 r : s.reg45) {
			this.reg45.row(urn, Dates.dmy(r.review()), Dates.dmy(r.periodStart()), Dates.dmy(r.periodEnd()));
		}
		for (QaVisit q : s.qaVisits) {
			this.qa.row(urn, Dates.dmy(q.date()), q.type(), q.outcome(), q.officer());
		}
		for (Concern c : s.concerns) {
			this.concerns.row(String.format("CN-%06d", ++this.concernSerial), urn, Dates.dmy(c.raised()), c.category(),
					c.status(), Dates.dmy(c.closed()));
		}
	}

	void viability(Map<String, List<Viability>> byProvider) throws IOException {
		for (Map.Entry<String, List<Viability>> e : byProvider.entrySet()) {
			for (Viability v : e.getValue()) {
				this.viability.row(e.getKey(), Dates.dmy(v.date()), v.rating());
			}
		}
	}

	private static String nn(String s) {
		return (s != null) ? s : "";
	}

	/** Files and data rows, in the order opened. */
	List<DemoInbox.InboxFile> summary() {
		return this.all.stream().map((c) -> new DemoInbox.InboxFile(c.name(), c.rows())).toList();
	}

	@Override
	public void close() throws IOException {
		IOException first = null;
		for (CsvOut c : this.all) {
			try {
				c.close();
			}
			catch (IOException ex) {
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
