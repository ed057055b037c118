package uk.placewise.cli;

import java.io.PrintStream;
import java.util.Set;

import uk.placewise.nightly.NightVerdict;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.StoreStatus;

/** The runs part of {@code placewise status}: one line per run, newest first. */
final class StatusRuns {

	private static final Set<String> TAKEN = Set.of("ingested", "unchanged");

	private StatusRuns() {
	}

	static void print(PrintStream out, StoreStatus store, boolean lockHeld) {
		if (store.lastRuns().isEmpty()) {
			out.println("Runs:       none yet");
			return;
		}
		out.println("Runs:       " + store.nightlyRuns() + " nightly " + (store.nightlyRuns() == 1 ? "run" : "runs")
				+ (store.nightlyRuns() > store.lastRuns().size() ? ", the last " + store.lastRuns().size() : "") + ":");
		for (StoreStatus.Run run : store.lastRuns()) {
			out.println("  run " + run.runId() + " as of " + run.asOf() + ": " + result(run, lockHeld) + "; " + files(run)
					+ "; started " + run.started() + (run.ended() == null ? "" : ", ended " + run.ended())
					+ (run.rulesetVersion() == null ? "" : "; ruleset " + run.rulesetVersion().substring(0, 12)));
		}
	}

	/** What became of a run: the night's verdict when it completed, else how it stopped. */
	static String result(StoreStatus.Run run, boolean lockHeld) {
		return switch (run.status() == null ? "" : run.status()) {
			case "COMPLETED" -> NightVerdict.of(run.files(), run.warnings()).word();
			case "FAILED" -> "failed" + (run.exitMessage() == null ? "" : " (" + shorten(run.exitMessage()) + ")");
			case "STARTED", "STARTING", "STOPPING" -> lockHeld ? "running"
					: "did not finish (killed or stopped: the next run of the same night continues it)";
			default -> run.status().toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** True when the run needs the operator: not completed, or completed without taking every input. */
	static boolean needsAttention(StoreStatus.Run run, boolean lockHeld) {
		if ("COMPLETED".equals(run.status())) {
			return !NightVerdict.of(run.files(), run.warnings()).everyInputTaken();
		}
		return !(lockHeld && "STARTED".equals(run.status()));
	}

	private static String files(StoreStatus.Run run) {
		long inbox = run.files().stream().map(StatusRuns::inboxFile).distinct().count();
		long taken = run.files().stream().filter(f -> TAKEN.contains(f.status())).map(StatusRuns::inboxFile).distinct().count();
		NightVerdict verdict = NightVerdict.of(run.files(), run.warnings());
		return inbox + (inbox == 1 ? " file" : " files") + ", " + taken + " taken, " + verdict.notTaken().size()
				+ " not taken, " + verdict.warnings().size() + (verdict.warnings().size() == 1 ? " warning" : " warnings");
	}

	private static String inboxFile(IngestedFile f) {
		return f.fileName().split("#", 2)[0];
	}

	private static String shorten(String s) {
		return s.length() <= 160 ? s : s.substring(0, 157) + "...";
	}
}
