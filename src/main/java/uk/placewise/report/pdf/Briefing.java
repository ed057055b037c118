package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * What a QA officer reads on the way to one visit (issue 18): why the visit, what has happened at the
 * setting since the last one, and what to look at. Children appear only by their council child ID.
 *
 * @param due the visit's due date; {@code overdue} when it is before the as-of date
 * @param lastVisit the last QA visit on or before the as-of date, or null when there has been none
 * @param latestReg45 the date of the latest Reg 45 review, or null when none is on record
 * @param reg44 the last six Reg 44 reports, oldest first
 * @param prompts the council's "what to look at" lines for the reasons' codes, in the reasons' order
 */
public record Briefing(LocalDate asOf, String council, String rulesetVersion, String urn, String settingName,
		String provider, String settingType, Band band, int score, String bandRule, int visitEveryMonths,
		LocalDate due, boolean overdue, String scheduleRule, Visit lastVisit, List<Point> reasons,
		List<PlacedChild> children, List<Reg44> reg44, LocalDate latestReg45, List<Item> concerns,
		List<Item> enforcements, List<Missing> missing, List<Prompt> prompts) {

	public Briefing {
		reasons = List.copyOf(reasons);
		children = List.copyOf(children);
		reg44 = List.copyOf(reg44);
		concerns = List.copyOf(concerns);
		enforcements = List.copyOf(enforcements);
		missing = List.copyOf(missing);
		prompts = List.copyOf(prompts);
	}

	/** A QA visit: date, type, outcome (empty when not graded) and the officer when the record names one. */
	public record Visit(LocalDate date, String type, String outcome, String officer) {
	}

	/** A reason: the rule's code and points, and its evidence (fact, date, file and line). */
	public record Point(String code, int points, String fact, LocalDate date, String source) {
	}

	/** A child placed at the setting on the as-of date, by child ID, and the child's open panel flags. */
	public record PlacedChild(String child, LocalDate placedSince, List<Flag> openFlags) {

		public PlacedChild {
			openFlags = List.copyOf(openFlags);
		}
	}

	/** An open panel flag of a placed child; {@code urn} the setting it was raised about (empty: none). */
	public record Flag(String code, String severity, LocalDate firstRaised, String urn) {
	}

	/** A Reg 44 report: the visit month's date and the visitor's opinions (null: not stated). */
	public record Reg44(LocalDate visitDate, Boolean safeguarded, Boolean wellbeing, int recommendationsOutstanding) {
	}

	/** A dated line: a concern or an enforcement action. */
	public record Item(LocalDate date, String text) {
	}

	/**
	 * A missing ("M") or absent ("A") episode of a child while placed at the setting, and its return
	 * interview record: none, offered, completed (dates after the as-of date are not known yet).
	 */
	public record Missing(String child, String kind, LocalDate start, LocalDate end, boolean interviewRecorded,
			LocalDate interviewOffered, LocalDate interviewCompleted) {

		/** The child is back and no return interview is recorded as completed. */
		public boolean outstanding() {
			return this.end != null && this.interviewCompleted == null;
		}
	}

	/** The council's lines for one reason code. */
	public record Prompt(String code, List<String> lines) {

		public Prompt {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * The file's name: briefing-URN-DUE.pdf. A URN with anything but letters, digits and '-' (a council's
	 * own id) has those made '_' so it names no other folder, and a hash of it added so that two such ids
	 * never share a file.
	 */
	public String fileName() {
		String safe = this.urn.replaceAll("[^A-Za-z0-9-]", "_");
		if (!safe.equals(this.urn)) {
			safe += "-" + java.util.HexFormat.of().formatHex(sha256(this.urn), 0, 4);
		}
		return "briefing-" + safe + "-" + this.due + ".pdf";
	}

	private static byte[] sha256(String text) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public long outstandingInterviews() {
		return this.missing.stream().filter(Missing::outstanding).count();
	}
}
