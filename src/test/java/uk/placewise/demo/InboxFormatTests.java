package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InboxFormatTests {

	@Nested
	class Headers {

		// exactly as feeds.md writes them
		final Map<String, String> expected = Map.ofEntries(
				Map.entry("ofsted-inspections.csv", "urn,event_date,event_type,judgement,published_date"),
				Map.entry("ofsted-enforcement.csv", "urn,action,start_date,end_date"),
				Map.entry("ssda903-header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"),
				Map.entry("ssda903-episodes.csv",
						"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"),
				Map.entry("ssda903-missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END"),
				Map.entry("reg44.csv",
						"urn,visit_date,report_received,children_safeguarded,wellbeing_promoted,recommendations_outstanding,visitor"),
				Map.entry("reg45.csv", "urn,review_date,period_start,period_end"),
				Map.entry("qa-visits.csv", "urn,visit_date,visit_type,outcome,officer"),
				Map.entry("concerns.csv", "concern_id,urn,raised_date,category,status,closed_date"),
				Map.entry("viability.csv", "provider,check_date,rating"),
				Map.entry("return-interviews.csv", "child,mis_start,offered_date,completed_date"),
				Map.entry("costs.csv", "child,urn,start_date,end_date,weekly_cost,placement_type"),
				Map.entry("settings.csv", "local_id,urn,setting_name,provider,setting_type,postcode,registered"),
				Map.entry("postcodes.csv", "postcode,latitude,longitude"));

		@Test
		void councilFeedsAndSsda903TablesHaveTheDocumentedHeader() throws IOException {
			for (Map.Entry<String, String> e : this.expected.entrySet()) {
				assertThat(firstLine(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
			}
		}

		@Test
		void oc2StartsWithTheDocumentedColumnsAndCarriesTheYear() throws IOException {
			assertThat(firstLine("ssda903-oc2.csv")).startsWith("CHILD,DOB,SDQ_SCORE,SDQ_REASON,").endsWith(",YEAR");
		}

		private String firstLine(String name) throws IOException {
			String text = Files.readString(DemoFiles.la().dir().resolve(name), StandardCharsets.UTF_8);
			return text.substring(0, text.indexOf("\r\n"));
		}

	}

	@Nested
	class ProviderList {

		final Path file = DemoFiles.la().dir().resolve("ofsted-providers.csv");

		@Test
		void startsWithABomThenThreeTitleRowsThenTheReal2025HeaderOnRow4() throws IOException {
			byte[] bytes = Files.readAllBytes(this.file);
			assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			List<String[]> mine = DemoFiles.rows(this.file);
			List<String[]> real = DemoFiles.rows(DemoFiles.realList());
			assertThat(mine.get(0)[0]).startsWith("Children's social care data in England 2026 \u2013 Provider level as at 31 March 2026");
			assertThat(mine.get(1)[0]).isEqualTo(real.get(1)[0]);
			assertThat(mine.get(2)[0]).isEqualTo(real.get(2)[0]);
			assertThat(mine.get(3)).containsExactly(real.get(3));
			assertThat(mine.get(3)[22]).isEqualTo("\nLatest Full inspection event type");
			assertThat(mine).allSatisfy((row) -> assertThat(row).hasSize(45));
		}

		@Test
		void noRealUrnAppearsAnywhereInTheInbox() throws IOException {
			Set<String> realUrns = new TreeSet<>();
			DemoFiles.rows(DemoFiles.realList()).stream().skip(4).forEach((r) -> realUrns.add(r[1].trim()));
			assertThat(realUrns).hasSize(5600);
			Set<String> found = new TreeSet<>();
			for (DemoInbox.InboxFile f : DemoFiles.la().files()) {
				for (String[] row : DemoFiles.rows(DemoFiles.la().dir().resolve(f.name()))) {
					for (String cell : row) {
						if (realUrns.contains(cell)) {
							found.add(f.name() + ": " + cell);
						}
					}
				}
			}
			assertThat(found).isEmpty();
			assertThat(DemoFiles.providers()).allSatisfy((r) -> assertThat(r[1]).matches("SC9\\d{5}|9\\d{6}"));
		}

		@Test
		void noRealSettingOrOrganisationNameIsUsed() {
			Set<String> realNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			DemoFiles.rows(DemoFiles.realList()).stream().skip(4).forEach((r) -> {
				realNames.add(r[6].trim());
				realNames.add(r[21].trim());
			});
			realNames.remove("REDACTED");
			realNames.remove("");
			List<String> clashes = DemoFiles.providers().stream().flatMap((r) -> java.util.stream.Stream.of(r[6], r[21]))
				.filter(realNames::contains).toList();
			assertThat(clashes).isEmpty();
		}

	}

	@Test
	void everyFileUsesCrlfAndDatesAreDayMonthYear() throws IOException {
		for (DemoInbox.InboxFile f : DemoFiles.la().files()) {
			String text = Files.readString(DemoFiles.la().dir().resolve(f.name()), StandardCharsets.UTF_8);
			// a bare LF only inside the quoted header cells of the provider list
			long bareLf = text.replace("\r\n", "").chars().filter((c) -> c == '\n').count();
			assertThat(bareLf).as(f.name()).isEqualTo(f.name().equals("ofsted-providers.csv") ? 5 : 0);
			assertThat(text).as(f.name()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		}
		assertThat(DemoFiles.records("ssda903-episodes.csv").stream().map((e) -> e.get("DECOM"))
			.filter((d) -> !d.matches("\\d{2}/\\d{2}/\\d{4}")).toList()).isEmpty();
	}

	@Test
	void everyPostcodeSectorUsedHasCoordinates() {
		Set<String> known = new TreeSet<>();
		DemoFiles.records("postcodes.csv").forEach((p) -> known.add(p.get("postcode")));
		List<String> unknown = DemoFiles.records("ssda903-episodes.csv").stream()
			.flatMap((e) -> java.util.stream.Stream.of(e.get("HOME_POST"), e.get("PL_POST")))
			.filter((p) -> !known.contains(p)).toList();
		assertThat(unknown).isEmpty();
	}

}
