package uk.placewise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.demo.DemoGenerator;
import uk.placewise.demo.Scale;

/** The bench's next day: the same files delivered whole again with a day's changes, the same by seed. */
class NextNightInboxTests {

	private static final LocalDate NIGHT = LocalDate.of(2026, 5, 15);

	private static final List<String> CHANGED = List.of("ssda903-episodes.csv", "ssda903-missing.csv", "reg44.csv",
			"costs.csv");

	@TempDir
	static Path dir;

	static Path inbox;

	@BeforeAll
	static void inbox() throws IOException {
		inbox = dir.resolve("inbox");
		new DemoGenerator(Scale.LA, 42, NIGHT, line -> {
		}).generate(inbox);
	}

	@Test
	void theSameSeedGivesTheSameNextDayByteForByte() throws IOException {
		NextNightInbox.write(inbox, dir.resolve("a"), NIGHT, 1);
		NextNightInbox.write(inbox, dir.resolve("b"), NIGHT, 1);
		for (Path file : files(dir.resolve("a"))) {
			assertThat(Files.mismatch(file, dir.resolve("b").resolve(file.getFileName()))).as(file.toString()).isEqualTo(-1);
		}
	}

	@Test
	void everyFileIsDeliveredAgainAndOnlyTheChangedOnesDiffer() throws IOException {
		Path next = dir.resolve("next");
		NextNightInbox.write(inbox, next, NIGHT, 1);
		assertThat(names(next)).isEqualTo(names(inbox));
		for (Path file : files(inbox)) {
			String name = file.getFileName().toString();
			long mismatch = Files.mismatch(file, next.resolve(name));
			assertThat(mismatch == -1).as(name).isEqualTo(!CHANGED.contains(name));
		}
	}

	@Test
	void closedEpisodesEndOnTheNightAndTheirChildrenStartTheirNextThen() throws IOException {
		Path next = dir.resolve("episodes");
		NextNightInbox.Changes changes = NextNightInbox.write(inbox, next, NIGHT, 1);
		List<String> before = lines(inbox.resolve("ssda903-episodes.csv"));
		List<String> after = lines(next.resolve("ssda903-episodes.csv"));
		Set<String> kept = new HashSet<>(before);
		List<String> added = after.stream().filter(l -> !kept.contains(l)).toList();
		List<String> opened = added.stream().filter(l -> l.split(",", -1)[1].equals("15/05/2026")).toList();
		List<String> closed = added.stream().filter(l -> l.split(",", -1)[7].equals("15/05/2026")).toList();
		assertThat(changes.episodesClosed()).isPositive();
		assertThat(opened).hasSize(changes.episodesOpened());
		assertThat(closed).hasSize(changes.episodesClosed());
		assertThat(opened.stream().map(l -> l.split(",")[0]).toList())
			.containsExactlyInAnyOrderElementsOf(closed.stream().map(l -> l.split(",")[0]).toList());
		// every other line is as it was, apart from the few corrected in place
		assertThat(after).hasSize(before.size() + changes.episodesOpened());
		assertThat(added.size() - opened.size() - closed.size()).isLessThanOrEqualTo(changes.corrected());
	}

	@Test
	void newMissingEpisodesAndReg44ReportsAreAdded() throws IOException {
		Path next = dir.resolve("added");
		NextNightInbox.Changes changes = NextNightInbox.write(inbox, next, NIGHT, 1);
		assertThat(changes.missingAdded()).isPositive();
		assertThat(changes.reg44Added()).isPositive();
		assertThat(lines(next.resolve("ssda903-missing.csv")))
			.hasSize(lines(inbox.resolve("ssda903-missing.csv")).size() + changes.missingAdded());
		assertThat(lines(next.resolve("reg44.csv"))).hasSize(lines(inbox.resolve("reg44.csv")).size() + changes.reg44Added());
	}

	private static List<String> lines(Path file) throws IOException {
		return new ArrayList<>(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\r\n")));
	}

	private static List<Path> files(Path folder) throws IOException {
		try (var list = Files.list(folder)) {
			return list.sorted().toList();
		}
	}

	private static List<String> names(Path folder) throws IOException {
		return files(folder).stream().map(p -> p.getFileName().toString()).toList();
	}
}
