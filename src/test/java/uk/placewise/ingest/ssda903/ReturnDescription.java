package uk.placewise.ingest.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A few looked-after children described once, written both ways a case management system exports
 * them: the DfE's CSV tables (dd/mm/yyyy, {@code CHILD}, {@code PLACE}) and the XML return
 * (ISO dates, {@code CHILDID}, {@code PL}, each child's tables inside its {@code <CHILD>}).
 */
final class ReturnDescription {

	record Episode(LocalDate decom, String rne, String ls, String cin, String place, String provider, LocalDate dec,
			String rec, String reasonChange, String homePost, String plPost, String urn) {
	}

	record Missing(String missing, LocalDate start, LocalDate end) {
	}

	record Review(LocalDate review, String code) {
	}

	record Child(String id, String sex, LocalDate dob, String ethnic, String upn, Integer sdq, List<Episode> episodes,
			List<Missing> missing, List<Review> reviews) {
	}

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Children placed in the sample inbox's settings: a home with missing episodes, a move, a foster placement, an ended one. */
	static List<Child> children() {
		return List.of(
				new Child("C101", "1", LocalDate.of(2012, 2, 14), "WBRI", "A123456789012", 18,
						List.of(episode(2026, 3, 1, "K2", "PR4", null, "SC900001")),
						List.of(new Missing("M", LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26)),
								new Missing("M", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)),
								new Missing("A", LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12))),
						List.of(new Review(LocalDate.of(2026, 6, 1), "PN1"))),
				new Child("C102", "2", LocalDate.of(2010, 7, 3), "WBRI", "", 12,
						List.of(episode(2025, 1, 1, "K2", "PR4", LocalDate.of(2025, 6, 15), "SC900001"),
								episode(2025, 6, 15, "K2", "PR4", null, "SC900002")),
						List.of(new Missing("M", LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 19))), List.of()),
				new Child("1234", "M", LocalDate.of(2014, 9, 9), "MWBC", "", null,
						List.of(episode(2024, 9, 1, "U4", "PR4", null, "SC900003")), List.of(), List.of()),
				new Child("C104", "F", LocalDate.of(2009, 1, 31), "BAFR", "", 21,
						List.of(episode(2026, 2, 2, "K3", "PR4", null, "2900004")), List.of(), List.of()));
	}

	private static Episode episode(int y, int m, int d, String place, String provider, LocalDate dec, String urn) {
		return new Episode(LocalDate.of(y, m, d), "S", "C2", "N1", place, provider, dec, dec == null ? "" : "E4A",
				dec == null ? "" : "CARPL", "M14 5", "SK9 1", urn);
	}

	static String headerCsv() {
		StringBuilder csv = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
		children().forEach(c -> csv.append(String.join(",", c.id(), c.sex(), c.dob().format(DMY), c.ethnic(), c.upn(), "", ""))
			.append("\r\n"));
		return csv.toString();
	}

	static String episodesCsv() {
		StringBuilder csv = new StringBuilder(
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
		for (Child c : children()) {
			for (Episode e : c.episodes()) {
				csv.append(String.join(",", c.id(), e.decom().format(DMY), e.rne(), e.ls(), e.cin(), e.place(), e.provider(),
						e.dec() == null ? "" : e.dec().format(DMY), e.rec(), e.reasonChange(), e.homePost(), e.plPost(), e.urn()))
					.append("\r\n");
			}
		}
		return csv.toString();
	}

	static String missingCsv() {
		StringBuilder csv = new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n");
		for (Child c : children()) {
			for (Missing m : c.missing()) {
				csv.append(String.join(",", c.id(), c.dob().format(DMY), m.missing(), m.start().format(DMY), m.end().format(DMY)))
					.append("\r\n");
			}
		}
		return csv.toString();
	}

	static String oc2Csv() {
		StringBuilder csv = new StringBuilder("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK\r\n");
		for (Child c : children()) {
			if (c.sdq() != null) {
				csv.append(String.join(",", c.id(), c.dob().format(DMY), c.sdq().toString(), "", "0", "1")).append("\r\n");
			}
		}
		return csv.toString();
	}

	static String reviewsCsv() {
		StringBuilder csv = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
		for (Child c : children()) {
			for (Review r : c.reviews()) {
				csv.append(String.join(",", c.id(), c.dob().format(DMY), r.review().format(DMY), r.code())).append("\r\n");
			}
		}
		return csv.toString();
	}

	static String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
		for (Child c : children()) {
			xml.append(" <CHILD>\n  <HEADER>\n   <CHILDID>").append(c.id()).append("</CHILDID>\n   <UPN>").append(c.upn())
				.append("</UPN>\n   <SEX>").append(c.sex()).append("</SEX>\n   <DOB>").append(c.dob())
				.append("</DOB>\n   <ETHNIC>").append(c.ethnic()).append("</ETHNIC>\n");
			for (Review r : c.reviews()) {
				xml.append("   <AREVIEW><REVIEW>").append(r.review()).append("</REVIEW><REVIEW_CODE>").append(r.code())
					.append("</REVIEW_CODE></AREVIEW>\n");
			}
			if (c.sdq() != null) {
				xml.append("   <OC2>\n    <SDQ_SCORE>").append(c.sdq()).append("</SDQ_SCORE>\n    <SDQ_REASON/>\n")
					.append("    <CONVICTED>0</CONVICTED>\n    <HEALTH_CHECK>1</HEALTH_CHECK>\n   </OC2>\n");
			}
			xml.append("  </HEADER>\n");
			for (Episode e : c.episodes()) {
				xml.append("  <EPISODE>\n   <DECOM>").append(e.decom()).append("</DECOM>\n   <RNE>").append(e.rne())
					.append("</RNE>\n   <LS>").append(e.ls()).append("</LS>\n   <CIN>").append(e.cin())
					.append("</CIN>\n   <PL>").append(e.place()).append("</PL>\n   <PL_POST>").append(e.plPost())
					.append("</PL_POST>\n   <HOME_POST>").append(e.homePost()).append("</HOME_POST>\n   <URN>").append(e.urn())
					.append("</URN>\n   <PLACE_PROVIDER>").append(e.provider()).append("</PLACE_PROVIDER>\n   <DEC>")
					.append(e.dec() == null ? "" : e.dec().toString()).append("</DEC>\n   <REC>").append(e.rec())
					.append("</REC>\n   <REASON_PLACE_CHANGE>").append(e.reasonChange()).append("</REASON_PLACE_CHANGE>\n  </EPISODE>\n");
			}
			for (Missing m : c.missing()) {
				xml.append("  <AMISSING><MISSING>").append(m.missing()).append("</MISSING><MIS_START>").append(m.start())
					.append("</MIS_START><MIS_END>").append(m.end()).append("</MIS_END></AMISSING>\n");
			}
			xml.append(" </CHILD>\n");
		}
		return xml.append("</EXPSSDA903>\n").toString();
	}

	private ReturnDescription() {
	}
}
