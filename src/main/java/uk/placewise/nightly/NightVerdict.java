package uk.placewise.nightly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;

/**
 * Whether a completed night took every input, and what it must say out loud: the files it did not take
 * (refused for a missing column, unreadable, failed whole), an inbox with no feed file in it, and the
 * warnings of the files it took. "ok" means every input was taken; a night that published but did not
 * take every input is "incomplete" (exit 3).
 *
 * <p>An unrecognised file (a PDF or a note in the inbox) is a warning, not an input refused: the inbox is
 * a drop folder, the spec says such a file is "listed as unrecognised and left alone", and a night that
 * exits 3 for every stray note would teach operators to ignore 3. A file that looks like a feed but
 * lacks a column it needs is refused, which is exit 3.
 *
 * @param warnings every warning: unrecognised files first, then what ingest recorded, file by file
 * @param refusedBecause for each refused file, the columns it lacked ({@code no DEC column})
 */
public record NightVerdict(List<IngestedFile> notTaken, boolean noFeedFile, List<IngestWarning> warnings,
		Map<String, String> refusedBecause) {

	/** Statuses of a file that was not taken. */
	public static final Set<String> NOT_TAKEN = Set.of("refused", "unreadable", "failed");

	/** The kind of the warning for a file that matches no feed. */
	public static final String UNRECOGNISED = "unrecognised";

	/** How many warnings the one-line summary names before it points to run-summary.json. */
	static final int NAMED = 3;

	public static NightVerdict of(List<IngestedFile> files, List<IngestWarning> stored) {
		List<IngestedFile> notTaken = files.stream().filter(f -> NOT_TAKEN.contains(f.status())).toList();
		boolean noFeedFile = files.stream().noneMatch(f -> "ingested".equals(f.status()) || "unchanged".equals(f.status()));
		List<IngestWarning> warnings = new ArrayList<>();
		Map<String, String> refusedBecause = new LinkedHashMap<>();
		for (IngestedFile f : files) {
			if (UNRECOGNISED.equals(f.status())) {
				warnings.add(new IngestWarning(f.fileName(), UNRECOGNISED, "not a feed",
						"not a feed, left alone: " + f.message()));
			}
		}
		for (IngestWarning w : stored) {
			if (w.warning()) {
				warnings.add(w);
			}
			else {
				refusedBecause.put(w.fileName(), w.brief());
			}
		}
		return new NightVerdict(notTaken, noFeedFile, List.copyOf(warnings), Map.copyOf(refusedBecause));
	}

	public boolean everyInputTaken() {
		return notTaken.isEmpty() && !noFeedFile;
	}

	/** {@code ok}, {@code ok with 2 warnings} or {@code incomplete}. */
	public String word() {
		if (!everyInputTaken()) {
			return "incomplete";
		}
		return warnings.isEmpty() ? "ok" : "ok with " + count(warnings.size(), "warning");
	}

	/** Why a file was not taken, in a few words. */
	public String whyNotTaken(IngestedFile f) {
		return switch (f.status()) {
			case "refused" -> refusedBecause.getOrDefault(f.fileName(), "a column it needs is missing");
			case "unreadable" -> "permission denied";
			default -> shorten(f.message());
		};
	}

	/**
	 * The verdict's part of the one-line summary: {@code ok}; {@code ok with 1 warning: notes.pdf (not a
	 * feed)}; {@code incomplete: 1 file refused: episodes.csv (no DEC column); 2 warnings: ...}.
	 */
	public String headline() {
		List<String> parts = new ArrayList<>();
		if (noFeedFile) {
			parts.add("no feed file in the inbox, nothing ingested");
		}
		Map<String, List<String>> byStatus = new LinkedHashMap<>();
		for (IngestedFile f : notTaken) {
			byStatus.computeIfAbsent(f.status(), s -> new ArrayList<>()).add(printable(f.fileName()) + " (" + printable(whyNotTaken(f)) + ")");
		}
		byStatus.forEach((status, names) -> parts.add(count(names.size(), "file") + " " + status + ": " + String.join(", ", names)));
		if (!warnings.isEmpty()) {
			parts.add(count(warnings.size(), "warning") + ": " + named());
		}
		if (everyInputTaken()) {
			return warnings.isEmpty() ? "ok" : "ok with " + String.join("; ", parts);
		}
		return "incomplete: " + String.join("; ", parts);
	}

	private String named() {
		List<String> shown = warnings.subList(0, Math.min(NAMED, warnings.size()))
			.stream()
			.map(w -> printable(w.fileName()) + " (" + printable(w.brief()) + ")")
			.toList();
		return String.join(", ", shown) + (warnings.size() > NAMED ? " and " + (warnings.size() - NAMED)
				+ " more in run-summary.json" : "");
	}

	/**
	 * A file name or message as the one-line summary may show it: a name holding a line break must not
	 * be able to print a second, forged summary line.
	 */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? "?"
				: Character.toString(c)));
		return out.toString();
	}

	private static String shorten(String text) {
		String t = text == null ? "" : text;
		return t.length() > 160 ? t.substring(0, 157) + "..." : t;
	}

	static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
