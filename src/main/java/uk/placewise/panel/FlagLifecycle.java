package uk.placewise.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.placewise.assess.Flag;
import uk.placewise.assess.Severity;
import uk.placewise.results.FlagResult;
import uk.placewise.results.FlagStatus;

/**
 * Tonight's raised flags against the flags the previous night left open (risk-model.md section 4): a
 * flag raised again is {@code continuing} and keeps its first-raised date; a flag raised for the first
 * time (or again after it was resolved) is {@code new}; an open flag not raised tonight is
 * {@code resolved}, so the panel sees it close rather than vanish.
 */
public final class FlagLifecycle {

	/** A placement with no Ofsted URN (unregistered or unregulated) is flagged under an empty URN. */
	static final String NO_URN = "";

	private FlagLifecycle() {
	}

	public static List<FlagResult> apply(List<FlagResult> previouslyOpen, List<Flag> raised, LocalDate asOf) {
		Map<String, FlagResult> open = new LinkedHashMap<>();
		previouslyOpen.forEach(f -> open.put(key(f.child(), f.urn(), f.code()), f));
		Map<String, FlagResult> tonight = new LinkedHashMap<>();
		for (Flag flag : raised) {
			String urn = flag.urn() == null ? NO_URN : flag.urn();
			String key = key(flag.child(), urn, flag.code());
			if (tonight.containsKey(key)) {
				continue;
			}
			FlagResult before = open.remove(key);
			tonight.put(key,
					new FlagResult(flag.child(), urn, flag.code(), Severity.of(flag.severity()),
							before == null ? asOf : before.firstRaised(),
							before == null ? FlagStatus.NEW : FlagStatus.CONTINUING,
							flag.fact(), flag.date(), flag.source()));
		}
		List<FlagResult> all = new ArrayList<>(tonight.values());
		for (FlagResult gone : open.values()) {
			all.add(new FlagResult(gone.child(), gone.urn(), gone.code(), gone.severity(), gone.firstRaised(), FlagStatus.RESOLVED,
					gone.fact(), gone.factDate(), gone.source()));
		}
		all.sort(Comparator.comparing(FlagResult::child).thenComparing(FlagResult::urn).thenComparing(FlagResult::code));
		return all;
	}

	private static String key(String child, String urn, String code) {
		return child + '\u0000' + urn + '\u0000' + code;
	}
}
