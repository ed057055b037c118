package uk.placewise.store;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Straight-line distances between (partial) postcodes, from the postcodes feed. A full postcode that
 * is not listed falls back to its sector ("M14 5AB" to "M14 5"). Only the postcodes asked for are kept.
 */
final class Postcodes {

	private static final double EARTH_RADIUS_MILES = 3958.8;

	private final Map<String, double[]> points = new HashMap<>();

	Postcodes(JdbcTemplate jdbc, Collection<String> wanted) {
		Set<String> keys = new HashSet<>();
		for (String p : wanted) {
			String n = normalise(p);
			if (n != null) {
				keys.add(n);
				keys.add(sector(n));
			}
		}
		// One scan, keeping the postcodes asked for. The postcode column has no index, so every
		// "postcode in (...)" query was a full scan with a 500-item list per row: 20 of them for a
		// national night, most of the fact loader's time.
		jdbc.query("select postcode, latitude, longitude from postcode", rs -> {
			String postcode = rs.getString(1);
			if (keys.contains(postcode)) {
				points.put(postcode, new double[] { rs.getBigDecimal(2).doubleValue(), rs.getBigDecimal(3).doubleValue() });
			}
		});
	}

	/** Miles between two postcodes, or null when either is unknown. */
	Double miles(String from, String to) {
		double[] a = point(from);
		double[] b = point(to);
		if (a == null || b == null) {
			return null;
		}
		double dLat = Math.toRadians(b[0] - a[0]);
		double dLon = Math.toRadians(b[1] - a[1]);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.pow(Math.sin(dLon / 2), 2);
		double miles = 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
		return BigDecimal.valueOf(miles).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
	}

	private double[] point(String postcode) {
		String n = normalise(postcode);
		if (n == null) {
			return null;
		}
		double[] p = points.get(n);
		return p != null ? p : points.get(sector(n));
	}

	static String normalise(String postcode) {
		if (postcode == null || postcode.isBlank()) {
			return null;
		}
		String p = postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (!p.contains(" ") && p.length() >= 5) { // "M145AB": the inward code is always the last three
			p = p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3);
		}
		return p;
	}

	/** "M14 5AB" to "M14 5"; a sector stays itself. */
	static String sector(String normalised) {
		int space = normalised.indexOf(' ');
		return space < 0 || normalised.length() <= space + 2 ? normalised : normalised.substring(0, space + 2);
	}
}
