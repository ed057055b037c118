package uk.placewise.ingest.ssda903;

import java.util.List;
import java.util.Map;

/**
 * One DfE table of the SSDA903 return as the XML holds it: the element each row is, and the DfE
 * column each of its child elements fills. Only the columns a feed stores are taken: a child's UPN,
 * the OC2 health columns and the like are never read, so never echoed in a reject.
 *
 * @param element the element one row is ({@code HEADER} for the Header table: one per child)
 * @param columns DfE column names, CHILD first, in the order the table's header row gives them
 * @param elements for a column whose XML element is named otherwise, that name ({@code PL} for PLACE)
 */
record ReturnTable(String name, String element, List<String> columns, Map<String, String> elements) {

	static final List<ReturnTable> ALL = List.of(
			new ReturnTable("Header", "HEADER", List.of("CHILD", "SEX", "DOB", "ETHNIC"), Map.of()),
			new ReturnTable("Episodes", "EPISODE", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
					"DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"), Map.of("PL", "PLACE")),
			new ReturnTable("Missing", "AMISSING", List.of("CHILD", "MISSING", "MIS_START", "MIS_END"), Map.of()),
			new ReturnTable("OC2", "OC2", List.of("CHILD", "SDQ_SCORE", "SDQ_REASON"), Map.of()),
			new ReturnTable("Reviews", "AREVIEW", List.of("CHILD", "REVIEW", "REVIEW_CODE"), Map.of()));

	/** The DfE column an element of a row fills, or null when the table does not read it. */
	String column(String elementName) {
		String column = elements.getOrDefault(elementName, elementName);
		return "CHILD".equals(column) || !columns.contains(column) ? null : column;
	}
}
