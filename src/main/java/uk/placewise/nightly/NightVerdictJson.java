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
			n.put("reason", verdict.whyNotTaken(f));
			n.put("message", f.message());
			notTaken.add(n);
		}
		m.put("not_taken", notTaken);
		return m;
	}

	/** Every warning: {@code {"file", "kind", "brief", "message"}}, unrecognised files first. */
	static List<Map<String, Object>> warnings(NightVerdict verdict) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (IngestWarning w : verdict.warnings()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", w.fileName());
			m.put("kind", w.kind());
			m.put("brief", w.brief());
			m.put("message", w.message());
			all.add(m);
		}
		return all;
	}
}
