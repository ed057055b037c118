package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

import uk.placewise.nightly.NightVerdict;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/** {@code placewise nightly}: runs the job and prints its one-line summary. */
final class NightlyCommand {

	private final ApplicationContext context;

	private final PrintStream out;

	private final PrintStream err;

	NightlyCommand(ApplicationContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	int run(CommandLine line, Clock clock) throws Exception {
		Path inbox = Path.of(line.required("inbox"));
		Path outDir = Path.of(line.required("out"));
		LocalDate asOf = line.asOf(LocalDate.now(clock));
		NightlyResult result = context.getBean(NightlyRun.class).run(inbox, outDir, asOf, line.flag(CommandLine.NEW_STORE));
		String how = result.restarted() ? "restarted run " : "run ";
		if (!result.completed()) {
			err.println("placewise nightly: failed: " + how + result.runId() + " as of " + asOf + ": "
					+ result.failure() + "; the previous outputs in " + outDir + " are unchanged");
			return Main.FAILED;
		}
		NightVerdict verdict = result.verdict();
		String headline = verdict.headline();
		String tables = result.files().size() > result.inboxFiles() ? " (" + result.files().size() + " tables)" : "";
		out.println("placewise nightly: " + headline + (headline.equals("ok") ? ": " : "; ") + how + result.runId() + " as of " + asOf + ", "
				+ result.inboxFiles() + " files" + tables + ", " + result.rowsTaken() + ", " + result.rejected()
				+ " rejected; outputs in " + outDir);
		return verdict.everyInputTaken() ? Main.OK : Main.INCOMPLETE;
	}
}
