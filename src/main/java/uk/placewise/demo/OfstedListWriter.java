package uk.placewise.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.placewise.demo.SettingRecords.Inspection;

/**
 * Writes the provider list in Ofsted's published 2025 layout: UTF-8 with a BOM, three title/notes rows, the
 * header on row 4 (with line breaks inside some header cells), 45 cells a row, the latest full inspection as at
 * the snapshot date. Unlike the real file, names and addresses of homes are not REDACTED: the settings are
 * fictitious, and a demo needs readable names.
 */
final class OfstedListWriter {

	private static final int WIDTH = FeedHeaders.OFSTED_PROVIDERS.length;

	private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private OfstedListWriter() {
	}

	static long write(Path dir, LocalDate snapshot, List<SettingStory> stories) throws IOException {
		try (CsvOut csv = CsvOut.open(dir, FeedHeaders.OFSTED_PROVIDERS_FILE, true)) {
			csv.line(padded("Children's social care data in England " + snapshot.getYear()
					+ " \u2013 Provider level as at " + TITLE_DATE.format(snapshot)));
			csv.line(padded("This worksheet contains one table, this table begins in cell A4. Column A includes a link "
					+ "to the Ofsted social care provider webpage for each provider, links will open in a new window."));
			csv.line(padded("Some cells in this table are empty. This is in instances where the column refers to data "
					+ "that is not applicable for that provider type."));
			csv.line(FeedHeaders.OFSTED_PROVIDERS);
			for (SettingStory story : stories) {
				if (!story.setting.registered().isAfter(snapshot)) {
					csv.row(row(story, snapshot));
				}
			}
			return csv.rows();
		}
	}

	private static String[] padded(String first) {
		String[] cells = new String[WIDTH];
		Arrays.fill(cells, "");
		cells[0] = first;
		return cells;
	}

	private static String[] row(SettingStory story, LocalDate snapshot) {
		Setting s = story.setting;
		Geography.Anchor a = Geography.ANCHORS.get(s.anchor());
		Optional<Inspection> latest = story.latestFull(snapshot);
		boolean sa = s.kind() == Setting.Kind.SUPPORTED;
		String[] cells = new String[WIDTH];
		Arrays.fill(cells, "");
		cells[0] = "Ofsted Social Care Provider Webpage";
		cells[1] = s.urn();
		cells[2] = s.linkedEducationUrn();
		cells[3] = s.provisionType();
		cells[4] = Dates.dmy(s.registered());
		cells[5] = s.status();
		cells[6] = s.name();
		cells[7] = s.address();
		cells[9] = a.town();
		cells[10] = a.county();
		cells[11] = s.postcode();
		cells[12] = Geography.REGIONS[a.region()];
		cells[13] = a.governmentOfficeRegion();
		cells[14] = a.localAuthority();
		cells[15] = a.constituency();
		cells[16] = s.ownerSector();
		cells[17] = s.places();
		cells[18] = s.saPremises();
		cells[19] = s.shortBreaks();
		cells[20] = s.multiBuilding();
		cells[21] = s.organisation();
		if (latest.isPresent()) {
			Inspection i = latest.get();
			cells[22] = i.type();
			cells[23] = Dates.dmy(i.date());
			cells[24] = Dates.dmy(i.published());
			cells[25] = i.eventNumber();
			cells[26] = sa ? "" : i.judgement();
			cells[27] = i.education();
			cells[28] = i.health();
			cells[29] = i.helped();
			cells[30] = i.leaders();
			cells[31] = sa ? i.judgement() : "";
		}
		return cells;
	}

}
