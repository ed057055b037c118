package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLDataException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A failed file's message names the file and never a value from it. (An unreadable file cannot be made
 * for the tests, which run as root: the exception the file system gives is made here instead.)
 */
class FailureMessageTests {

	static final Path FILE = Path.of("inbox", "ssda903_header.csv");

	@Test
	void aDatabaseErrorQuotingARowIsToldByItsKindOnly() {
		SQLDataException refused = new SQLDataException("Value too long for column DOB: '14/02/2012 C001'", "22001");
		String message = FailureMessage.of(FILE, new DataIntegrityViolationException("insert", refused));
		assertThat(message).isEqualTo("the database refused a row of ssda903_header.csv (SQLDataException, SQL state"
				+ " 22001; the values are not repeated here)");
	}

	@Test
	void anUnreadableFileIsNamedAsUnreadable() {
		AccessDeniedException denied = new AccessDeniedException(FILE.toString());
		assertThat(FailureMessage.of(FILE, new UncheckedIOException(denied)))
			.isEqualTo("cannot read ssda903_header.csv: permission denied");
	}

	@Test
	void anUnexpectedExceptionIsToldByItsClassNotItsMessage() {
		assertThat(FailureMessage.of(FILE, new NumberFormatException("For input string: \"14/02/2012\"")))
			.isEqualTo("NumberFormatException while reading ssda903_header.csv");
	}
}
