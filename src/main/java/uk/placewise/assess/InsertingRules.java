package uk.placewise.assess;

import java.util.IdentityHashMap;
import java.util.Map;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Which rule inserted each of a session's result facts that must be one per setting (Score, Band,
 * VisitEvery) or must use a known word (Flag), so a missing, doubled or misspelt result is reported
 * with the rule that made it.
 */
final class InsertingRules implements RuleRuntimeEventListener {

	private final Map<Object, String> rules = new IdentityHashMap<>();

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		Object fact = event.getObject();
		if (fact instanceof Score || fact instanceof Band || fact instanceof VisitEvery || fact instanceof Flag) {
			rules.put(fact, event.getRule() == null ? "(none: inserted by Java)" : event.getRule().getName());
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
	}

	/** The name of the rule that inserted a result fact, in quotes as the DRL writes it. */
	String of(Object fact) {
		String rule = rules.get(fact);
		return rule == null ? "(unknown rule)" : "rule \"" + rule + "\"";
	}
}
