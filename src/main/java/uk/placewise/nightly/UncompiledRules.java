package uk.placewise.nightly;

import java.nio.file.Path;
import java.util.List;

import uk.placewise.assess.UncompiledFiles;
import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestWarnings;

/**
 * The night's warnings for the rules folder's files that are not compiled ({@link UncompiledFiles}):
 * kept beside the inbox files' warnings, so the one-line summary and run-summary.json name them, on a
 * night assessed afresh or one whose results were reused alike.
 */
final class UncompiledRules {

	private UncompiledRules() {
	}

	static void record(IngestWarnings warnings, long runId, Path rules) {
		for (UncompiledFiles.Uncompiled u : UncompiledFiles.of(rules)) {
			warnings.record(runId, u.path(),
					List.of(new IngestWarning(u.path(), IngestWarning.RULES_NOT_COMPILED, "not compiled", u.warning())));
		}
	}
}
