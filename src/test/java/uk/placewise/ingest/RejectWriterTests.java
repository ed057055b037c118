package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectWriterTests {

	@TempDir
	Path rejects;

	@Test
	void keepsTheRejectsOfTwoFilesWhoseNamesDifferOnlyInUnsafeCharacters() throws Exception {
		for (String file : new String[] { "concerns 1.csv", "concerns_1.csv" }) {
			try (RejectWriter writer = new RejectWriter(rejects, "concerns", file, new String[] { "concern_id" })) {
				writer.discardEarlier();
				writer.reject(new String[] { "bad" }, 2, "concern_id: bad");
			}
		}
		RejectWriter.joinParts(rejects);
		assertThat(Files.readString(rejects.resolve("concerns.csv"))).contains("bad,concerns 1.csv,2,concern_id: bad")
			.contains("bad,concerns_1.csv,2,concern_id: bad");
	}

	@Test
	void joinsTwoLayoutsOfOneFeedUnderOneHeader() throws Exception {
		reject("concerns_a.csv", new String[] { "concern_id", "urn", "raised_date" }, new String[] { "C1", "SC1", "bad" });
		reject("concerns_b.csv", new String[] { "URN", "Concern_ID", "Raised_date", "notes" },
				new String[] { "SC2", "C2", "worse", "a \"quoted\"\r\nnote" });
		RejectWriter.joinParts(rejects);
		assertThat(Files.readString(rejects.resolve("concerns.csv"))).isEqualTo(
				"concern_id,urn,raised_date,notes,file,line,reason\r\n" + "C1,SC1,bad,,concerns_a.csv,2,raised_date: bad\r\n"
						+ "C2,SC2,worse,\"a \"\"quoted\"\"\r\nnote\",concerns_b.csv,2,raised_date: bad\r\n");
	}

	@Test
	void keepsEveryCellOfARowWiderThanItsHeader() throws Exception {
		reject("concerns_a.csv", new String[] { "concern_id", "urn" }, new String[] { "C1", "SC1", "x", "y" });
		reject("concerns_b.csv", new String[] { "concern_id", "urn" }, new String[] { "C2" });
		RejectWriter.joinParts(rejects);
		assertThat(Files.readAllLines(rejects.resolve("concerns.csv"))).containsExactly(
				"concern_id,urn,extra_1,extra_2,file,line,reason", "C1,SC1,x,y,concerns_a.csv,2,raised_date: bad",
				"C2,,,,concerns_b.csv,2,raised_date: bad");
	}

	private void reject(String file, String[] header, String[] cells) throws Exception {
		try (RejectWriter writer = new RejectWriter(rejects, "concerns", file, header)) {
			writer.discardEarlier();
			writer.reject(cells, 2, "raised_date: bad");
		}
	}

	@Test
	void neutralisesEveryFormulaLeadingCellOfARejectedRow() {
		assertThat(RejectWriter.neutralise(new String[] { "=1", "+1", "-1", "@x", "\tx", "\rx", "ok", "" }))
			.containsExactly("'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "ok", "");
	}
}
