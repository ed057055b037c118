package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;
import uk.placewise.ingest.workbook.Ods;

/** What a file is, told by its first bytes whatever its name. */
class InboxFormatTests {

	static final Path DIR = TestFolders.fresh(InboxFormatTests.class);

	@Test
	void aCsvIsLeftToTheCsvReader() throws IOException {
		assertThat(InboxFormat.open(write("a.xlsx", "urn,visit_date\r\n".getBytes(StandardCharsets.UTF_8)))).isNull();
		assertThat(InboxFormat.open(write("empty.csv", new byte[0]))).isNull();
	}

	@Test
	void anOdsWorkbookIsOpenedWhateverItsName() throws IOException {
		Path file = Ods.write(DIR.resolve("providers.csv"), Ods.table("S", Ods.text("a")));
		InboxFormat.Opened opened = InboxFormat.open(file);
		try (var tables = opened.tables()) {
			assertThat(opened.kind()).isEqualTo("an ODS workbook");
			assertThat(tables.next().name()).isEqualTo("providers.csv#S");
		}
	}

	@Test
	void anOldExcelFileIsRefusedSayingHowToSaveIt() throws IOException {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThat(InboxFormat.open(write("old.xls", ole2)).refusal()).startsWith("an Excel 97-2003 workbook (.xls)")
			.endsWith("save it unprotected as .xlsx, .ods or CSV");
	}

	@Test
	void aZipThatIsNoWorkbookIsRefused() throws IOException {
		Path file = DIR.resolve("photos.zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("photo.jpg"));
			zip.write(new byte[10]);
		}
		assertThat(InboxFormat.open(file).refusal()).isEqualTo("a zip archive, not an .ods or .xlsx workbook or a CSV: not read");
	}

	@Test
	void xmlThatIsNoReturnIsRefusedNamingItsRoot() throws IOException {
		Path file = write("page.csv", "\uFEFF  <html><body/></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(InboxFormat.open(file).refusal()).isEqualTo("XML whose root element is <html>, not an SSDA903 return"
				+ " (<EXPSSDA903>): not read");
	}

	private static Path write(String name, byte[] bytes) throws IOException {
		return Files.write(DIR.resolve(name), bytes);
	}
}
