package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * Red team: a misaligned row (a value in the wrong column) of a feed with personal columns never
 * carries a date of birth or a UPN out of the store. The reason names the column and what it expects,
 * never the cell; the rejected row keeps only the cells that passed their own column's check. Through
 * the real night on the sample inbox with the red team's rows, and a shifted child in the XML return.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class MisalignedPersonalIntegrationTests {

	static final Path DIR = TestFolders.fresh(MisalignedPersonalIntegrationTests.class);

	/** The planted date of birth and UPN, in every spelling an output could give them. */
	static final List<String> PLANTED = List.of("29/02/2008", "2008-02-29", "A123456789012", "a123456789012",
			"B987654321098", "30/04/2007", "2007-04-30");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	NightlyResult csv;

	NightlyResult xml;

	String logged;

	@BeforeAll
	void nightsWithMisalignedRows(CapturedOutput output) throws Exception {
		Path sample = Path.of("jobs", "sample-inbox");
		Path inbox = Files.createDirectories(DIR.resolve("inbox"));
		try (Stream<Path> files = Files.list(sample)) {
			for (Path f : files.toList()) {
				Files.copy(f, inbox.resolve(f.getFileName()));
			}
		}
		append(inbox.resolve("ssda903_header.csv"), "C912,29/02/2008,14/02/2012,WBRI,,,\n");
		append(inbox.resolve("ssda903_oc2.csv"), "C916,14/02/2012,A123456789012,,0,1,2026\n"
				+ "C917,14/02/2012,12,,0,1,29/02/2008\n");
		append(inbox.resolve("ssda903_missing.csv"), "C918,14/02/2012,29/02/2008,25/10/2026,26/10/2026\n");
		csv = nightly.run(inbox, DIR.resolve("out"), LocalDate.of(2026, 11, 20));
		Path xmlInbox = Files.createDirectories(DIR.resolve("inbox-xml"));
		Files.writeString(xmlInbox.resolve("return.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<EXPSSDA903>
				 <CHILD>
				  <HEADER>
				   <CHILDID>X1</CHILDID>
				   <UPN>1</UPN>
				   <SEX>30/04/2007</SEX>
				   <DOB>B987654321098</DOB>
				   <ETHNIC>WBRI</ETHNIC>
				   <OC2>
				    <SDQ_SCORE>B987654321098</SDQ_SCORE>
				    <SDQ_REASON/>
				    <CONVICTED>0</CONVICTED>
				    <HEALTH_CHECK>30/04/2007</HEALTH_CHECK>
				   </OC2>
				  </HEADER>
				  <AMISSING><MISSING>30/04/2007</MISSING><MIS_START>2026-10-25</MIS_START><MIS_END>2026-10-26</MIS_END></AMISSING>
				 </CHILD>
				</EXPSSDA903>
				""", StandardCharsets.UTF_8);
		xml = nightly.run(xmlInbox, DIR.resolve("out-xml"), LocalDate.of(2026, 11, 20));
		logged = output.getAll();
	}

	private static void append(Path file, String rows) throws IOException {
		Files.writeString(file, rows, StandardOpenOption.APPEND);
	}

	@Test
	void aMisalignedRowIsRejectedWithAReasonNamingTheColumnAndWhatItExpects() throws IOException {
		assertThat(csv.completed()).as(csv.failure()).isTrue();
		assertThat(Files.readString(DIR.resolve("out/rejects/ssda903-header.csv")))
			.contains("C912").contains("SEX: not one of 1, 2, M, F, U");
		assertThat(Files.readString(DIR.resolve("out/rejects/ssda903-oc2.csv")))
			.contains("C916").contains("SDQ_SCORE: not a whole number").contains("C917").contains("YEAR: not");
		assertThat(Files.readString(DIR.resolve("out/rejects/ssda903-missing.csv")))
			.contains("C918").contains("MISSING: not one of");
	}

	@Test
	void aRejectedRowKeepsOnlyTheCellsThatPassedTheirColumnsCheck() throws IOException {
		String header = Files.readAllLines(DIR.resolve("out/rejects/ssda903-header.csv")).stream()
			.filter(l -> l.startsWith("C912,")).findFirst().orElseThrow();
		assertThat(header).startsWith("C912,[removed],[removed],WBRI,");
	}

	@Test
	void aShiftedChildInTheXmlReturnIsRejectedWithoutItsValues() throws IOException {
		assertThat(xml.completed()).as(xml.failure()).isTrue();
		assertThat(xml.rejected()).isPositive();
		assertThat(Files.readString(DIR.resolve("out-xml/rejects/ssda903-header.csv"))).contains("X1").contains("SEX: not one of");
	}

	@Test
	void noOutputRejectOrLogLineHoldsAPlantedValue() throws IOException {
		for (Path out : List.of(DIR.resolve("out"), DIR.resolve("out-xml"))) {
			try (Stream<Path> all = Files.walk(out)) {
				for (Path f : all.filter(Files::isRegularFile).toList()) {
					String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
					assertThat(PLANTED).as(f.toString()).noneMatch(text::contains);
				}
			}
		}
		assertThat(PLANTED).as("the log").noneMatch(logged::contains);
		assertThat(PLANTED).as("the one-line summaries")
			.noneMatch(v -> String.valueOf(csv).contains(v) || String.valueOf(xml).contains(v));
	}
}
