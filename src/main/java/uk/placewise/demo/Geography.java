package uk.placewise.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plausible map of England: anchor towns (real place names and real postcode areas, approximate real
 * coordinates) around which fictitious postcode sectors are scattered within about 7 miles. Two sectors of one
 * anchor are always under 20 miles apart; anchors are 20+ miles apart except the two London ones. Every sector
 * handed out is remembered with its coordinates for the postcodes feed.
 */
final class Geography {

	/** Ofsted regions in the order of {@link OfstedMix#REGION_ROWS}. */
	static final String[] REGIONS = { "North West", "West Midlands", "North East, Yorkshire and the Humber",
			"South East", "East Midlands", "London", "East of England", "South West", "Wales" };

	/** An anchor town: region index, postcode area, centre, and the geography columns of the provider list. */
	record Anchor(int region, String area, double lat, double lon, String town, String county, String localAuthority,
			String governmentOfficeRegion, String constituency) {
	}

	// @formatter:off
	static final List<Anchor> ANCHORS = List.of(
		new Anchor(0, "M", 53.48, -2.24, "Manchester", "Greater Manchester", "Manchester", "North West", "Manchester Central"),
		new Anchor(0, "L", 53.41, -2.98, "Liverpool", "Merseyside", "Liverpool", "North West", "Liverpool Riverside"),
		new Anchor(0, "PR", 53.76, -2.70, "Preston", "Lancashire", "Lancashire", "North West", "Preston"),
		new Anchor(0, "CA", 54.89, -2.93, "Carlisle", "Cumbria", "Cumberland", "North West", "Carlisle"),
		new Anchor(1, "B", 52.48, -1.90, "Birmingham", "West Midlands", "Birmingham", "West Midlands", "Birmingham Ladywood"),
		new Anchor(1, "ST", 53.00, -2.18, "Stoke-on-Trent", "Staffordshire", "Stoke-on-Trent", "West Midlands", "Stoke-on-Trent Central"),
		new Anchor(1, "SY", 52.71, -2.75, "Shrewsbury", "Shropshire", "Shropshire", "West Midlands", "Shrewsbury"),
		new Anchor(1, "WR", 52.19, -2.22, "Worcester", "Worcestershire", "Worcestershire", "West Midlands", "Worcester"),
		new Anchor(2, "LS", 53.80, -1.55, "Leeds", "West Yorkshire", "Leeds", "Yorkshire and The Humber", "Leeds Central and Headingley"),
		new Anchor(2, "S", 53.38, -1.47, "Sheffield", "South Yorkshire", "Sheffield", "Yorkshire and The Humber", "Sheffield Central"),
		new Anchor(2, "HU", 53.74, -0.33, "Hull", "East Riding of Yorkshire", "Kingston upon Hull, City of", "Yorkshire and The Humber", "Kingston upon Hull East"),
		new Anchor(2, "NE", 54.98, -1.61, "Newcastle upon Tyne", "Tyne and Wear", "Newcastle upon Tyne", "North East", "Newcastle upon Tyne Central and West"),
		new Anchor(2, "TS", 54.57, -1.23, "Middlesbrough", "North Yorkshire", "Middlesbrough", "North East", "Middlesbrough and Thornaby East"),
		new Anchor(3, "BN", 50.82, -0.14, "Brighton", "East Sussex", "Brighton and Hove", "South East", "Brighton Kemptown and Peacehaven"),
		new Anchor(3, "RG", 51.45, -0.97, "Reading", "Berkshire", "Reading", "South East", "Reading Central"),
		new Anchor(3, "ME", 51.27, 0.52, "Maidstone", "Kent", "Kent", "South East", "Maidstone and Malling"),
		new Anchor(3, "SO", 50.90, -1.40, "Southampton", "Hampshire", "Southampton", "South East", "Southampton Test"),
		new Anchor(3, "OX", 51.75, -1.26, "Oxford", "Oxfordshire", "Oxfordshire", "South East", "Oxford East"),
		new Anchor(4, "NG", 52.95, -1.15, "Nottingham", "Nottinghamshire", "Nottingham", "East Midlands", "Nottingham East"),
		new Anchor(4, "LE", 52.64, -1.13, "Leicester", "Leicestershire", "Leicester", "East Midlands", "Leicester East"),
		new Anchor(4, "LN", 53.23, -0.54, "Lincoln", "Lincolnshire", "Lincolnshire", "East Midlands", "Lincoln"),
		new Anchor(4, "NN", 52.24, -0.90, "Northampton", "Northamptonshire", "West Northamptonshire", "East Midlands", "Northampton North"),
		new Anchor(5, "SE", 51.44, -0.06, "London", "Greater London", "Lewisham", "London", "Lewisham East"),
		new Anchor(5, "N", 51.59, -0.11, "London", "Greater London", "Haringey", "London", "Tottenham"),
		new Anchor(6, "NR", 52.63, 1.30, "Norwich", "Norfolk", "Norfolk", "East of England", "Norwich South"),
		new Anchor(6, "CB", 52.21, 0.12, "Cambridge", "Cambridgeshire", "Cambridgeshire", "East of England", "Cambridge"),
		new Anchor(6, "CM", 51.74, 0.47, "Chelmsford", "Essex", "Essex", "East of England", "Chelmsford"),
		new Anchor(6, "LU", 51.88, -0.42, "Luton", "Bedfordshire", "Luton", "East of England", "Luton South and South Bedfordshire"),
		new Anchor(6, "IP", 52.06, 1.16, "Ipswich", "Suffolk", "Suffolk", "East of England", "Ipswich"),
		new Anchor(7, "BS", 51.45, -2.59, "Bristol", "Bristol", "Bristol, City of", "South West", "Bristol Central"),
		new Anchor(7, "PL", 50.38, -4.14, "Plymouth", "Devon", "Plymouth", "South West", "Plymouth Sutton and Devonport"),
		new Anchor(7, "EX", 50.72, -3.53, "Exeter", "Devon", "Devon", "South West", "Exeter"),
		new Anchor(7, "SN", 51.56, -1.78, "Swindon", "Wiltshire", "Swindon", "South West", "Swindon South"),
		new Anchor(7, "BH", 50.72, -1.88, "Bournemouth", "Dorset", "Bournemouth, Christchurch and Poole", "South West", "Bournemouth East"),
		new Anchor(8, "CF", 51.48, -3.18, "Cardiff", "South Glamorgan", "Cardiff", "Wales", "Cardiff South and Penarth"));
	// @formatter:on

	/** The anchor of the first council at every scale (and of all planted settings but the distant one). */
	static final int HOME_ANCHOR = 0;

	/** Far from {@link #HOME_ANCHOR} (Plymouth, about 210 miles): where the planted distant placement is. */
	static final int FAR_ANCHOR = 30;

	private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private final Map<String, double[]> used = new TreeMap<>();

	static List<Integer> anchorsOfRegion(int region) {
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < ANCHORS.size(); i++) {
			if (ANCHORS.get(i).region() == region) {
				result.add(i);
			}
		}
		return result;
	}

	/** A postcode sector such as {@code M14 5} in the anchor's area, district in 1..40. */
	static String sector(int anchor, int district, int digit) {
		return ANCHORS.get(anchor).area() + district + " " + digit;
	}

	static String randomSector(int anchor, Rand rand) {
		return sector(anchor, rand.between(1, 40), rand.between(0, 9));
	}

	/** A full postcode in a sector: the sector plus two unit letters. */
	static String fullPostcode(String sector, Rand rand) {
		return sector + INWARD_LETTERS.charAt(rand.between(0, 19)) + INWARD_LETTERS.charAt(rand.between(0, 19));
	}

	static String sectorOf(String fullPostcode) {
		return fullPostcode.substring(0, fullPostcode.length() - 2);
	}

	/** Remembers a sector for the postcodes feed; coordinates depend on the sector alone, not on draw order. */
	String use(int anchor, String sector) {
		this.used.computeIfAbsent(sector, (s) -> coordinates(anchor, s));
		return sector;
	}

	static double[] coordinates(int anchor, String sector) {
		Anchor a = ANCHORS.get(anchor);
		long h = Rand.mix(sector.hashCode());
		double dLat = (((h & 0xFFFF) / 65535.0) - 0.5) * 0.14;
		double dLon = ((((h >>> 16) & 0xFFFF) / 65535.0) - 0.5) * 0.22;
		return new double[] { a.lat() + dLat, a.lon() + dLon };
	}

	/** Straight-line miles (haversine), as the nightly job measures K3 distance. */
	static double miles(double[] p, double[] q) {
		double r = 3958.8;
		double dLat = Math.toRadians(q[0] - p[0]);
		double dLon = Math.toRadians(q[1] - p[1]);
		double s = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(p[0]))
				* Math.cos(Math.toRadians(q[0])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * r * Math.asin(Math.sqrt(s));
	}

	/** Sectors handed out so far, sorted, with latitude and longitude. */
	Map<String, double[]> usedSectors() {
		return this.used;
	}

}
