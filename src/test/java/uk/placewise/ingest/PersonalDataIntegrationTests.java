package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * Issue 15, case 10: rejected SSDA903 rows never put a child's ID beside their date of birth, UPN or
 * mother's details, in rejects/, in reasons or in run-summary.json; and what the night writes is
 * readable by its owner only.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIntegrationTests {

	static final Path DIR = TestFolders.fresh(PersonalDataIntegrationTests.class);

	static final Path OUT = DIR.resolve("out");

	/** Every personal value in the inbox below; none may appear in an output. */
	static final List<String> PERSONAL = List.of("14/02/2012", "31/02/2011", "03/07/2010", "A123456789012",
			"B987654321098", "01/01/1990", "02/14/2009", "05/05/2005");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	NightlyResult result;

	@BeforeAll
	void aNightWithRejectedRowsOfChildren() throws Exception {
		Path inbox = Files.createDirectories(DIR.resolve("inbox"));
		Files.writeString(inbox.resolve("ssda903_header.csv"), """
				CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
				P001,1,14/02/2012,WBRI,A123456789012,,
				P002,1,31/02/2011,WBRI,B987654321098,1,01/01/1990
				P003,9,03/07/2010,WBRI,,,
				P004,1,WBRI,05/05/2005,,,,
				P005,1,02/14/2009,WBRI,,,
				P006,1,WBRI,05/05/2005,A123456789012,1,01/01/1990,extra
				""");
		Files.writeString(inbox.resolve("ssda903_missing.csv"), """
				CHILD,DOB,MISSING,MIS_START,MIS_END
				P001,14/02/2012,M,25/10/2026,26/10/2026
				P002,03/07/2010,Q,02/11/2026,03/11/2026
				""");
		Files.writeString(inbox.resolve("ssda903_oc2.csv"), """
				CHILD,DOB,SDQ_SCORE,SDQ_REASON
				P001,14/02/2012,55,
				P003,"03/07/2010,12,
				""");
		result = nightly.run(inbox, OUT, LocalDate.of(2026, 11, 20));
	}

	@Test
	void rejectsShowPersonalCellsAsRemovedBesideTheChildId() throws IOException {
		assertThat(result.completed()).isTrue();
		String header = Files.readString(OUT.resolve("rejects/ssda903-header.csv"));
		assertThat(header).contains("P002,1,[removed],WBRI,[removed],[removed],[removed],,ssda903_header.csv,3,")
			.contains("P003,[removed],[removed],WBRI,,,,,ssda903_header.csv,4,\"SEX: not one of 1, 2, M, F, U")
			.contains("P004,1,[removed],[removed],,,,,ssda903_header.csv,5,")
			.contains("[removed],[removed],[removed],[removed],[removed],[removed],[removed],[removed],ssda903_header.csv,7,")
			.contains("wrong number of cells");
		assertThat(Files.readString(OUT.resolve("rejects/ssda903-missing.csv")))
			.contains("P002,[removed],[removed],02/11/2026,03/11/2026,ssda903_missing.csv,3,");
		assertThat(Files.readString(OUT.resolve("rejects/ssda903-oc2.csv")))
			.contains("P001,[removed],[removed],,ssda903_oc2.csv,2,SDQ_SCORE: not a whole number from 0 to 40")
			.contains("[removed],,,,ssda903_oc2.csv,3,truncated");
	}

	@Test
	void aReasonForABadDateOfBirthDoesNotQuoteIt() throws IOException {
		assertThat(Files.readString(OUT.resolve("rejects/ssda903-header.csv")))
			.contains("DOB: [removed] is not a date (write dd/mm/yyyy or yyyy-mm-dd), or out of range");
	}

	@Test
	void noOutputHoldsAPersonalValue() throws IOException {
		for (Path file : files(OUT)) {
			String text = Files.readString(file);
			for (String value : PERSONAL) {
				assertThat(text).as(file + " holds " + value).doesNotContain(value);
			}
		}
		assertThat(files(OUT)).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("run-summary.json"));
	}

	@Test
	void everyOutputIsOwnerOnly() throws IOException {
		assertThat(mode(OUT)).isEqualTo("rwx------");
		assertThat(mode(OUT.resolve("rejects"))).isEqualTo("rwx------");
		for (Path file : files(OUT)) {
			assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
		}
		assertThat(files(OUT)).hasSizeGreaterThan(5);
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> all = Files.walk(dir)) {
			return all.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf")).toList();
		}
	}

	private static String mode(Path p) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
	}
}
