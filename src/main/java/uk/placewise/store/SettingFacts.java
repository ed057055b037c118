package uk.placewise.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.facts.Enforcement;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;
import uk.placewise.facts.Source;

/**
 * Settings from the Ofsted provider list or, for settings Ofsted does not list, the council's
 * settings feed; and which settings the council marks as being considered. The council's own name for a
 * setting wins over Ofsted's (which is {@code REDACTED} for children's homes).
 */
final class SettingFacts {

	/** A row of the council's settings feed; {@code id} is its URN, or its local id when it has none. */
	record CouncilSetting(String id, String name, String provider, String type, String postcode, boolean considered,
			Source source) {
	}

	private final Map<String, CouncilSetting> council = new LinkedHashMap<>();

	private final JdbcTemplate jdbc;

	SettingFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.query("""
				select local_id, urn, setting_name, provider, setting_type, postcode, considered, source_file, source_line
				from council_setting order by local_id""", rs -> {
			String urn = rs.getString(2);
			String id = Episodes.noUrn(urn) ? rs.getString(1).trim().toUpperCase(java.util.Locale.ROOT) : urn;
			council.put(id, new CouncilSetting(id, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					Boolean.TRUE.equals(rs.getObject(7, Boolean.class)), new Source(rs.getString(8), rs.getLong(9))));
		});
	}

	/** Settings with a placement being considered (by URN, or local id when the council's row has no URN). */
	Set<String> considered() {
		Set<String> ids = new java.util.TreeSet<>();
		council.values().stream().filter(CouncilSetting::considered).forEach(c -> ids.add(c.id()));
		return ids;
	}

	/**
	 * One Setting per assessed id. A suspended Ofsted registration also yields a Suspension in force,
	 * dated from the night the store first saw this version of the provider row (or the as-of date when
	 * replaying an earlier night), since the list does not say when it began.
	 */
	List<Setting> settings(Set<String> ids, Set<String> considered, List<Enforcement> suspensions, LocalDate asOf) {
		Map<String, Setting> found = new HashMap<>();
		jdbc.query("""
				select urn, name, owner, provision_type, registration_status, registration_date, postcode, source_file,
				       source_line, stored_as_of
				from ofsted_provider""", rs -> {
			String urn = rs.getString(1);
			if (!ids.contains(urn)) {
				return;
			}
			Source source = new Source(rs.getString(8), rs.getLong(9));
			String status = rs.getString(5);
			found.put(urn, new Setting(urn, rs.getString(2), rs.getString(3), OfstedWording.settingType(rs.getString(4)),
					rs.getString(4), true, status, rs.getObject(6, LocalDate.class), rs.getString(7),
					considered.contains(urn), source));
			if ("suspended".equalsIgnoreCase(status == null ? "" : status.trim())) {
				LocalDate seen = rs.getObject(10, LocalDate.class);
				suspensions.add(new Enforcement(urn, "Suspension", seen.isAfter(asOf) ? asOf : seen, null, source));
			}
		});
		List<Setting> settings = new ArrayList<>();
		for (String id : ids) {
			Setting ofsted = found.get(id);
			CouncilSetting own = council.get(id);
			if (ofsted != null) {
				settings.add(own == null ? ofsted : SettingNames.councilsName(ofsted, own.name()));
			}
			else if (own != null) {
				settings.add(new Setting(id, own.name(), own.provider(), OfstedWording.councilSettingType(own.type()), own.type(),
						false, "", null, own.postcode(), own.considered(), own.source()));
			}
			else {
				settings.add(new Setting(id, null, null, SettingType.OTHER, null, false, "", null, null, false, Source.NONE));
			}
		}
		return settings;
	}
}
