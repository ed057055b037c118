package uk.placewise.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ofsted's provider list in each layout published since 2015 (feeds.md section 1): the rows above the
 * header, the header's exact wording, and a builder for a handful of homes in it. The 2024 and 2025
 * files themselves are in src/test/resources/ofsted.
 */
final class OfstedLayouts {

	private OfstedLayouts() {
	}

	/** What a header cell holds; OTHER cells are filled with a plausible constant. */
	enum Role {
		URN, TYPE, REG_DATE, STATUS, NAME, REGION, LA, SECTOR, PLACES, OWNER, EVENT_TYPE, DATE, PUBLISHED, NUMBER,
		OVERALL, OTHER
	}

	/** One home of a layout's list: its latest event (type, date, judgement as that year's file words it). */
	record Home(String urn, String provisionType, String status, String eventType, LocalDate date, String judgement) {

		static Home judged(String urn, String judgement, LocalDate date) {
			return new Home(urn, "Children's home", "Active", "Full inspection", date, judgement);
		}

		static Home neverInspected(String urn) {
			return new Home(urn, "Children's home", "Active", "", null, "");
		}
	}

	/**
	 * One published layout.
	 *
	 * @param above the rows above the header (titles, notes, the grouping row), as CSV lines
	 * @param header each header cell's exact wording and what it holds
	 */
	record Layout(String year, List<String> above, List<Map.Entry<String, Role>> header) {

		int headerLine() {
			return above.size() + 1;
		}

		String csv(List<Home> homes) {
			StringBuilder out = new StringBuilder();
			above.forEach(line -> out.append(line).append("\r\n"));
			out.append(header.stream().map(c -> cell(c.getKey())).collect(Collectors.joining(","))).append("\r\n");
			for (Home home : homes) {
				out.append(header.stream().map(c -> cell(value(c.getValue(), home))).collect(Collectors.joining(",")))
					.append("\r\n");
			}
			return out.toString();
		}

		private static String value(Role role, Home home) {
			DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
			return switch (role) {
				case URN -> home.urn();
				case TYPE -> home.provisionType();
				case REG_DATE -> "01/04/2012";
				case STATUS -> home.status();
				case NAME -> "REDACTED";
				case REGION -> "North West";
				case LA -> "Manchester";
				case SECTOR -> "Private";
				case PLACES -> "4";
				case OWNER -> "Layout Care Ltd ";
				case EVENT_TYPE -> home.eventType();
				case DATE -> home.date() == null ? "" : dmy.format(home.date());
				case PUBLISHED -> home.date() == null ? "" : dmy.format(home.date().plusWeeks(5));
				case NUMBER -> home.date() == null ? "" : "1" + Math.abs(home.urn().hashCode() % 1000000);
				case OVERALL -> home.judgement();
				case OTHER -> "";
			};
		}

		private static String cell(String text) {
			return text.contains(",") || text.contains("\"") || text.contains("\n")
					? "\"" + text.replace("\"", "\"\"") + "\"" : text;
		}
	}

	private static Map.Entry<String, Role> c(String header, Role role) {
		return Map.entry(header, role);
	}

	private static Map.Entry<String, Role> c(String header) {
		return Map.entry(header, Role.OTHER);
	}

	/** 2015: header on row 1; Reg Status, Setting Name, Region, Inspection ID/Date/type, Overall effectiveness. */
	static final Layout Y2015 = new Layout("2015", List.of(),
			List.of(c("URN", Role.URN), c("Provision type", Role.TYPE), c("Setting Name", Role.NAME),
					c("Reg Status", Role.STATUS), c("Registration date", Role.REG_DATE), c("Region", Role.REGION),
					c("Local Authority", Role.LA), c("Sector", Role.SECTOR), c("Places", Role.PLACES),
					c("Inspection ID", Role.NUMBER), c("Inspection Date", Role.DATE), c("Inspection type", Role.EVENT_TYPE),
					c("Overall effectiveness", Role.OVERALL), c("Outcomes for children and young people"),
					c("Quality of care"), c("Keeping children and young people safe"),
					c("Leadership and management")));

	private static final String GROUPING = "Provider information,,,,,,,,,,,,,Latest Full Inspection information,,,,,";

	/** 2016: grouping row above the header; only Government Office Region; Overall effectiveness. */
	static final Layout Y2016 = new Layout("2016", List.of(GROUPING),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Address 1"), c("Town"), c("Postcode"),
					c("Government Office Region"), c("Local authority", Role.LA), c("Sector", Role.SECTOR),
					c("Places", Role.PLACES), c("Event number", Role.NUMBER), c("Event type", Role.EVENT_TYPE),
					c("Inspection date", Role.DATE), c("Overall effectiveness", Role.OVERALL),
					c("Outcomes in education and related learning activities"),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers")));

	/** 2017: as 2016, with Ofsted region and Publication date. */
	static final Layout Y2017 = new Layout("2017", List.of(GROUPING + ","),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Address 1"), c("Town"), c("Postcode"),
					c("Ofsted region", Role.REGION), c("Government Office Region"), c("Local authority", Role.LA),
					c("Sector", Role.SECTOR), c("Places", Role.PLACES), c("Event number", Role.NUMBER),
					c("Event type", Role.EVENT_TYPE), c("Inspection date", Role.DATE), c("Publication date", Role.PUBLISHED),
					c("Overall effectiveness", Role.OVERALL),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers")));

	/** 2018: as 2017, with Organisation. */
	static final Layout Y2018 = new Layout("2018", List.of(GROUPING + ",,"),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Address 1"), c("Town"), c("Postcode"),
					c("Ofsted region", Role.REGION), c("Government Office Region"), c("Local authority", Role.LA),
					c("Sector", Role.SECTOR), c("Places", Role.PLACES), c("Organisation", Role.OWNER),
					c("Event number", Role.NUMBER), c("Event type", Role.EVENT_TYPE), c("Inspection date", Role.DATE),
					c("Publication date", Role.PUBLISHED), c("Overall effectiveness", Role.OVERALL),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers")));

	/** 2019-2021: grouping row; Organisation which owns the provider; Overall experiences and progress ... */
	static final Layout Y2019 = new Layout("2019", List.of(GROUPING + ",,"),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Address 1"), c("Town"), c("Postcode"),
					c("Ofsted region", Role.REGION), c("Government Office Region"), c("Local authority", Role.LA),
					c("Sector", Role.SECTOR), c("Places", Role.PLACES), c("Organisation which owns the provider", Role.OWNER),
					c("Event type", Role.EVENT_TYPE), c("Inspection date", Role.DATE), c("Publication date", Role.PUBLISHED),
					c("Event number", Role.NUMBER),
					c("Overall experiences and progress of children and young people", Role.OVERALL),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers")));

	/** 2022: header on row 5 below title rows; every inspection column prefixed "Latest full inspection". */
	static final Layout Y2022 = new Layout("2022",
			List.of("Children's social care data in England 2022 - Provider level as at 31 March 2022,,,,,,,,,,,,,,,,",
					"\"This worksheet contains one table, this table begins in cell A5.\",,,,,,,,,,,,,,,,",
					"Some cells in this table are empty.,,,,,,,,,,,,,,,,", ",,,,,,,,,,,,,,,,"),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Postcode"),
					c("Ofsted region", Role.REGION), c("Local authority", Role.LA), c("Sector", Role.SECTOR),
					c("Places", Role.PLACES), c("Organisation which owns the provider", Role.OWNER),
					c("Latest full inspection event type", Role.EVENT_TYPE), c("Latest full inspection date", Role.DATE),
					c("Latest full inspection publication date", Role.PUBLISHED),
					c("Latest full inspection event number", Role.NUMBER),
					c("Latest full inspection overall experiences and progress of children and young people", Role.OVERALL),
					c("Latest full inspection how well children and young people are helped and protected"),
					c("Latest full inspection the effectiveness of leaders and managers")));

	/** 2023: header on row 4 below title rows; Latest full inspection date, Overall experiences ... */
	static final Layout Y2023 = new Layout("2023",
			List.of("Children's social care data in England 2023 \u2013 Provider level as at 31 March 2023,,,,,,,,,,,,,,,,",
					"\"This worksheet contains one table, this table begins in cell A4.\",,,,,,,,,,,,,,,,",
					"Some cells in this table are empty.,,,,,,,,,,,,,,,,"),
			List.of(c("Web link"), c("URN", Role.URN), c("Provision type", Role.TYPE), c("Registration date", Role.REG_DATE),
					c("Registration status", Role.STATUS), c("Name", Role.NAME), c("Postcode"),
					c("Ofsted region", Role.REGION), c("Local authority", Role.LA), c("Sector", Role.SECTOR),
					c("Places", Role.PLACES), c("Multi-building children's home"),
					c("Organisation which owns the provider", Role.OWNER),
					c("Latest full inspection event type", Role.EVENT_TYPE), c("Latest full inspection date", Role.DATE),
					c("Latest full inspection publication date", Role.PUBLISHED),
					c("Latest full inspection event number", Role.NUMBER),
					c("Overall experiences and progress of children and young people", Role.OVERALL),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers")));

	/** Ofsted's in-year table as the 2025 workbook's sheet has it (line breaks in header cells): one row per event. */
	static final Layout IN_YEAR_2025 = new Layout("in-year",
			List.of("Children's social care data in England 2025 \u2013 Provider level in year 2024-25,,,,,,,,,,,,,,,,",
					"\"This worksheet contains one table, this table begins in cell A4.\",,,,,,,,,,,,,,,,",
					"Some cells in this table are empty.,,,,,,,,,,,,,,,,"),
			List.of(c("Web link"), c("URN", Role.URN), c("Linked Education URN"), c("Provision type", Role.TYPE),
					c("Registration date", Role.REG_DATE), c("Registration status", Role.STATUS), c("Name", Role.NAME),
					c("Postcode"), c("Ofsted Region", Role.REGION), c("Local authority", Role.LA), c("Sector", Role.SECTOR),
					c("Places", Role.PLACES), c("Multi building children's home"),
					c("Organisation which owns the provider", Role.OWNER), c("\nInspection event type", Role.EVENT_TYPE),
					c("Inspection date", Role.DATE), c("Inspection publication date", Role.PUBLISHED),
					c("\nInspection event number", Role.NUMBER),
					c("\nOverall experiences and progress of children and young people", Role.OVERALL),
					c("How well children and young people are helped and protected"),
					c("The effectiveness of leaders and managers"), c("Supported Accommodation outcome")));

	static final List<Layout> ALL = List.of(Y2015, Y2016, Y2017, Y2018, Y2019, Y2022, Y2023);

	/** 2018's second list: registrations and places, owner "Organisation name", no inspection column. */
	static final String PROVIDERS_AND_PLACES_2018 = String.join("\r\n",
			"URN,Provision type,Registration date,Registration status,Name,Ofsted region,Local authority,Sector,Places,Organisation name",
			"SC181001,Children's home,01/04/2012,Active,REDACTED,North West,Manchester,Private,4,Layout Care Ltd",
			"SC181002,Independent Fostering Agency,01/04/2012,Active,Fostering Ltd,North West,Manchester,Private,,Fostering Ltd",
			"");
}
