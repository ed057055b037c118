package uk.placewise.impact;

/**
 * A panel flag the draft raises and the live rules do not ({@code added}), or the other way round. The
 * child is named by the council's child ID only; {@code urn} is empty for a placement with no URN.
 */
public record FlagChange(String child, String urn, String flag, String severity, boolean added) {

	public String change() {
		return added ? "added" : "removed";
	}
}
