package uk.placewise.nightly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;

/** The night's verdict and warnings as run-summary.json has them. */
final class NightVerdictJson {

	private NightVerdictJson() {
	}

	/**
	 * {@code "verdict": {"result": "incomplete", "every_input_taken": false, "exit_code": 3, "summary": ...,
	 * "not_taken": [{"file", "status", "reason"}]}}.
	 */
	static Map<String, Object> verdict(NightVerdict verdict) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("result", verdict.word());
		m.put("every_input_taken", verdict.everyInputTaken());
		m.put("exit_code", verdict.everyInputTaken() ? 0 : 3);
		m.put("summary", verdict.headline());
		m.put("no_feed_file", verdict.noFeedFile());
		List<Map<String, Object>> notTaken = new ArrayList<>();
		for (IngestedFile f : verdict.notTaken()) {
			Map<String, Object> n = new LinkedHashMap<>();
			n.put("file", f.fileName());
			n.put("status", f.status());
			n.put("reason", verdict.refusedBecause().getOrDefault(f.fileName(), f.message()));
			notTaken.add(n);
		}
		m.put("not_taken", notTaken);
		return m;
	}

	/** Every warning: {@code {"file", "kind", "message"}}, unrecognised files first. */
	static List<Map<String, Object>> warnings(List<IngestedFile> files, List<IngestWarning> stored) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (IngestedFile f : files) {
			if ("unrecognised".equals(f.status())) {
				all.add(warning(f.fileName(), "unrecognised", "not a feed, left alone: " + f.message()));
			}
		}
		for (IngestWarning w : stored) {
			if (w.warning()) {
				all.add(warning(w.fileName(), w.kind(), w.message()));
			}
		}
		return all;
	}

	private static Map<String, Object> warning(String file, String kind, String message) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", file);
		m.put("kind", kind);
		m.put("message", message);
		return m;
	}
}
