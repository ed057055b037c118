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
	void neutralisesEveryFormulaLeadingCellOfARejectedRow() {
		assertThat(RejectWriter.neutralise(new String[] { "=1", "+1", "-1", "@x", "\tx", "\rx", "ok", "" }))
			.containsExactly("'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "ok", "");
	}
}
