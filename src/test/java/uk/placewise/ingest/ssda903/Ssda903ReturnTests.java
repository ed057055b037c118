package uk.placewise.ingest.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.UnreadableTable;

/** The SSDA903 XML return read as DfE tables, and the XML it refuses. */
class Ssda903ReturnTests {

	static final Path DIR = TestFolders.fresh(Ssda903ReturnTests.class);

	@Test
	void givesEachTableUnderTheDfeColumnNamesWithTheChildOnEveryRow() throws IOException {
		Map<String, List<List<String>>> tables = read(write("one.xml", """
				<EXPSSDA903><CHILD>
				 <EPISODE><DECOM>2026-03-01</DECOM><PL>K2</PL><URN>SC900001</URN></EPISODE>
				 <HEADER><CHILDID>C1</CHILDID><UPN>A1</UPN><SEX>1</SEX><DOB>2012-02-14</DOB>
				  <OC2><SDQ_SCORE>18</SDQ_SCORE><CONVICTED>0</CONVICTED></OC2></HEADER>
				 <AMISSING><MISSING>M</MISSING><MIS_START>2026-10-25</MIS_START></AMISSING>
				</CHILD></EXPSSDA903>"""));
		assertThat(tables.keySet()).containsExactly("one.xml#Header", "one.xml#Episodes", "one.xml#Missing", "one.xml#OC2");
		assertThat(tables.get("one.xml#Header")).containsExactly(List.of("CHILD", "SEX", "DOB", "ETHNIC"),
				List.of("C1", "1", "2012-02-14", ""));
		assertThat(tables.get("one.xml#Episodes").get(1)).containsExactly("C1", "2026-03-01", "", "", "", "K2", "", "", "", "",
				"", "", "SC900001");
		assertThat(tables.get("one.xml#OC2")).containsExactly(List.of("CHILD", "SDQ_SCORE", "SDQ_REASON"),
				List.of("C1", "18", ""));
		assertThat(tables.toString()).doesNotContain("A1");
	}

	@Test
	void recognisesAReturnByItsRootElementOnly() throws IOException {
		assertThat(Ssda903Return.isReturn(Ssda903Return.rootElement(write("r.xml", "<EXPSSDA903/>")))).isTrue();
		assertThat(Ssda903Return.rootElement(write("other.xml", "<?xml version=\"1.0\"?><catalog/>"))).isEqualTo("catalog");
		assertThat(Ssda903Return.rootElement(write("text.xml", "CHILD,SEX\n<not xml"))).isNull();
	}

	@Nested
	class HostileReturns {

		@Test
		void anExternalEntityIsNeverFetched() throws IOException {
			Path file = write("xxe.xml", """
					<?xml version="1.0"?><!DOCTYPE EXPSSDA903 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
					<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD></EXPSSDA903>""");
			assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableTable.class)
				.hasMessageStartingWith("xxe.xml is not a readable SSDA903 return")
				.hasMessageContaining("not well-formed XML at line 2")
				.hasMessageNotContaining("root:")
				.hasMessageNotContaining("\n");
		}

		@Test
		void aBrokenReturnsMessageNeverRepeatsTheParsersWordsThatQuoteIt() throws IOException {
			Path file = write("upn.xml", """
					<EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><UPN>&A123456789012;</UPN></HEADER></CHILD></EXPSSDA903>""");
			assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableTable.class)
				.hasMessageStartingWith("upn.xml is not a readable SSDA903 return: not well-formed XML at line 1")
				.hasMessageNotContaining("A123456789012");
		}

		@Test
		void entitiesThatMultiplyAreNotExpanded() throws IOException {
			Path file = write("laughs.xml", """
					<?xml version="1.0"?><!DOCTYPE EXPSSDA903 [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
					<EXPSSDA903><CHILD><HEADER><CHILDID>&b;</CHILDID></HEADER></CHILD></EXPSSDA903>""");
			assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableTable.class);
		}

		@Test
		void nestingDeeperThanAReturnFails() throws IOException {
			Path file = write("deep.xml", "<EXPSSDA903><CHILD>" + "<X>".repeat(40) + "</X>".repeat(40) + "</CHILD></EXPSSDA903>");
			assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableTable.class).hasMessageContaining("nests deeper than 16");
		}
	}

	private static Path write(String name, String xml) throws IOException {
		return Files.writeString(DIR.resolve(name), xml, StandardCharsets.UTF_8);
	}

	private static Map<String, List<List<String>>> read(Path file) throws IOException {
		Map<String, List<List<String>>> tables = new LinkedHashMap<>();
		try (Ssda903Return tablesOf = Ssda903Return.open(file)) {
			for (Table table = tablesOf.next(); table != null; table = tablesOf.next()) {
				List<List<String>> rows = new ArrayList<>();
				for (TableRow row = table.next(); row != null; row = table.next()) {
					rows.add(List.of(row.cells()));
				}
				tables.put(table.name(), rows);
			}
		}
		return tables;
	}
}
