package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import uk.placewise.TestFolders;

/**
 * Issue 15, the store half: a store lost, replaced, swapped or truncated is never silently taken for the
 * one that wrote --out (cases 3 and 4), and {@code placewise backup} makes a copy a store can be
 * restored from. Each test runs {@code placewise} commands (Main, in this JVM) on stores of its own.
 * <p>
 * Most start from a store that has published night 1 ({@link Store#hasPublishedNightOne}): on H2 a copy,
 * byte for byte, of one store that ran it once for the class (its data folder and its --out), so that
 * the night is not run again for each test; on PostgreSQL, where a store is a schema, each runs it.
 */
class StoreSafetyIntegrationTests {

	static final Path DIR = TestFolders.fresh(StoreSafetyIntegrationTests.class);

	static final Path INBOX = Path.of("jobs", "sample-inbox").toAbsolutePath();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Nested
	class ANewStoreWhereOutWasWrittenByAnother {

		@Test
		void isRefusedNamingBothStoresAndLeavesOutAsItWas() throws Exception {
			// given night 1 published by a store whose data folder is then lost
			Store store = new Store("lost");
			store.hasPublishedNightOne();
			Map<String, String> published = files(store.out);
			String lostStore = storeId(store.out);
			store.lose();
			// when
			int exit = store.nightly("2026-11-20");
			// then
			assertThat(exit).as(store.output()).isEqualTo(1);
			assertThat(store.err()).contains("placewise nightly: failed: " + store.out + " holds run 1 as of 2026-11-19 of store "
					+ lostStore + ", but this store is ")
				.contains("0 runs")
				.contains("nothing was changed")
				.contains("--new-store")
				.contains("placewise backup");
			assertThat(files(store.out)).isEqualTo(published);
		}

		@Test
		void isRefusedAlsoWhenAPublishKilledHalfWayLeftNoSummary() throws Exception {
			// given night 1 published, then a night killed while publishing (its old summary taken out first)
			Store store = new Store("half-published");
			store.hasPublishedNightOne();
			String lostStore = storeId(store.out);
			java.nio.file.Files.delete(store.out.resolve("run-summary.json"));
			Map<String, String> left = files(store.out);
			store.lose();
			// when another store runs on that --out
			int exit = store.nightly("2026-11-20");
			// then
			assertThat(exit).as(store.output()).isEqualTo(1);
			assertThat(store.err()).contains("was last written by store " + lostStore).contains("nothing was changed");
			assertThat(files(store.out)).isEqualTo(left);
		}

		@Test
		void publishesItsOwnRunOneWhenTheOperatorSaysNewStore() throws Exception {
			// given night 1 of a store that is then lost (its run 1 is in --out)
			Store store = new Store("new-store");
			store.hasPublishedNightOne();
			String lostStore = storeId(store.out);
			store.lose();
			// when
			int exit = store.nightly("2026-11-20", "--new-store");
			// then the new store's run 1 is published, not taken for the old store's run 1
			assertThat(exit).as(store.output()).isZero();
			assertThat(store.out()).contains("placewise nightly: ok: run 1 as of 2026-11-20");
			var summary = JSON.readTree(store.out.resolve("run-summary.json").toFile());
			assertThat(summary.path("as_of").asString()).isEqualTo("2026-11-20");
			assertThat(summary.path("run_id").asLong()).isEqualTo(1);
			assertThat(summary.path("store_id").asString()).isNotEqualTo(lostStore).hasSize(36);
			// and from then on the new store is the one --out knows
			assertThat(store.nightly("2026-11-21")).as(store.output()).isZero();
		}

		@Test
		void thatIsAnotherCouncilsStoreWithItsOwnHistoryIsRefused() throws Exception {
			// given two stores, each with nights of its own
			Store ours = new Store("ours");
			Store theirs = new Store("theirs");
			ours.hasPublishedNightOne();
			assertThat(theirs.nightly("2026-11-18")).as(theirs.output()).isZero();
			assertThat(theirs.nightly("2026-11-19")).as(theirs.output()).isZero();
			Map<String, String> published = files(ours.out);
			// when their store is put in place of ours
			ours.replaceWith(theirs);
			int exit = ours.nightly("2026-11-20");
			// then
			assertThat(exit).as(ours.output()).isEqualTo(1);
			assertThat(ours.err()).contains("holds run 1 as of 2026-11-19 of store " + storeId(ours.out))
				.contains("but this store is " + storeId(theirs.out))
				.contains("2 runs");
			assertThat(files(ours.out)).isEqualTo(published);
		}

		@Test
		void whoseSummaryPredatesStoreIdentitiesIsRefusedUnlessTheStoreHoldsThatRun() throws Exception {
			// given a summary as an older release wrote it (no store_id)
			Store store = new Store("legacy");
			store.hasPublishedNightOne();
			Path summary = store.out.resolve("run-summary.json");
			Files.writeString(summary, Files.readString(summary).replaceFirst("\\s*\"store_id\" : \"[^\"]+\",", ""));
			// when the store that wrote it runs the next night
			int same = store.nightly("2026-11-20");
			// then it is recognised by the run it holds
			assertThat(same).as(store.output()).isZero();
			// and when that store is lost, a new one is refused
			Files.writeString(summary, Files.readString(summary).replaceFirst("\\s*\"store_id\" : \"[^\"]+\",", ""));
			store.lose();
			assertThat(store.nightly("2026-11-21")).as(store.output()).isEqualTo(1);
			assertThat(store.err()).contains("holds run 2 as of 2026-11-20 of a store, but this store is");
		}
	}

	@Nested
	class ADamagedStoreFile {

		@Test
		void truncatedToNothingIsRefusedNamingTheFileAndIsNotReplaced() throws Exception {
			// given
			Assumptions.assumeFalse(TestFolders.onPostgres(), "an H2 file's damage");
			Store store = new Store("truncated");
			store.hasPublishedNightOne();
			Map<String, String> published = files(store.out);
			Files.write(store.storeFile(), new byte[0]);
			// when
			int exit = store.nightly("2026-11-20");
			// then
			assertThat(exit).as(store.output()).isEqualTo(1);
			assertThat(store.err()).contains("placewise nightly: failed: the store " + store.storeFile()
					+ " is damaged: it is empty (0 bytes); nothing was changed")
				.contains("placewise backup --to FILE");
			assertThat(store.storeFile()).isEmptyFile();
			assertThat(files(store.out)).isEqualTo(published);
		}

		@Test
		void overwrittenWithGarbageIsRefusedByEveryCommand() throws Exception {
			// given
			Assumptions.assumeFalse(TestFolders.onPostgres(), "an H2 file's damage");
			Store store = new Store("garbage");
			store.hasPublishedNightOne();
			byte[] garbage = "not a database\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
			Files.write(store.storeFile(), garbage);
			// when
			int nightly = store.nightly("2026-11-20");
			int explain = store.run("explain", "SC900002");
			// then
			assertThat(nightly).as(store.output()).isEqualTo(1);
			assertThat(explain).as(store.output()).isEqualTo(1);
			assertThat(store.err()).contains("the store " + store.storeFile() + " is damaged: it is not an H2 database");
			assertThat(Files.readAllBytes(store.storeFile())).isEqualTo(garbage);
		}
	}

	@Nested
	class Backup {

		@Test
		void copiesTheStoreIntoAZipThatItCanBeRestoredFrom() throws Exception {
			// given
			Assumptions.assumeFalse(TestFolders.onPostgres(), "H2's BACKUP TO; PostgreSQL is pg_dump's");
			Store store = new Store("backup");
			store.hasPublishedNightOne();
			Path zip = DIR.resolve("backup-of-store.zip");
			// when
			int exit = store.run("backup", "--to", zip.toString());
			// then
			assertThat(exit).as(store.output()).isZero();
			assertThat(store.out()).contains("placewise backup: ok: store " + storeId(store.out) + " copied to " + zip);
			assertThat(entries(zip)).containsExactly("placewise.mv.db");
			assertThat(Files.getPosixFilePermissions(zip)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			// and a store lost after another night, then restored from it, goes on as the same store
			assertThat(store.nightly("2026-11-20")).as(store.output()).isZero();
			store.lose();
			Files.createDirectories(store.data);
			unzip(zip, store.data);
			assertThat(store.nightly("2026-11-21")).as(store.output()).isZero();
			// not its run 2 again, which --out already published for 2026-11-20: run ids never repeat on one --out
			assertThat(store.out()).contains("ok: run 3 as of 2026-11-21");
			assertThat(JSON.readTree(store.out.resolve("run-summary.json").toFile()).path("as_of").asString())
				.isEqualTo("2026-11-21");
		}

		@Test
		void neverOverwritesAFileAndNeedsAStore() throws Exception {
			// given
			Store store = new Store("backup-refusals");
			Path existing = Files.writeString(DIR.resolve("existing.zip"), "keep me");
			// when
			int overwrite = store.run("backup", "--to", existing.toString());
			// then
			assertThat(overwrite).isEqualTo(2);
			assertThat(store.err()).contains("already exists");
			assertThat(existing).hasContent("keep me");
			// and when
			int noStore = store.run("backup", "--to", DIR.resolve("nothing.zip").toString());
			// then
			if (!TestFolders.onPostgres()) {
				assertThat(noStore).isEqualTo(1);
				assertThat(store.err()).contains("there is no store at " + store.storeFile());
				assertThat(store.storeFile()).doesNotExist();
			}
			else {
				assertThat(noStore).isEqualTo(2);
				assertThat(store.err()).contains("pg_dump");
			}
		}
	}

	/** A data folder, database and --out of a test's own, and what its commands printed. */
	static final class Store {

		final Path dir;

		final Path data;

		final Path out;

		List<String> database;

		final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

		final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

		Store(String name) {
			this.dir = DIR.resolve(name);
			this.data = dir.resolve("data");
			this.out = dir.resolve("out");
			this.database = TestFolders.processDatabase(dir);
		}

		/** Night 1 (2026-11-19) of the sample inbox, published by this store. */
		void hasPublishedNightOne() throws IOException {
			if (TestFolders.onPostgres()) {
				assertThat(nightly(NightOne.AS_OF)).as(output()).isZero();
				return;
			}
			NightOne.copyInto(this);
		}

		int nightly(String asOf, String... more) {
			List<String> args = new ArrayList<>(List.of("nightly", "--inbox", INBOX.toString(), "--out", out.toString(),
					"--as-of", asOf));
			args.addAll(List.of(more));
			return run(args.toArray(String[]::new));
		}

		int run(String... command) {
			List<String> args = new ArrayList<>(List.of(command));
			args.addAll(database);
			args.add("--placewise.jobs=jobs");
			stdout.reset();
			stderr.reset();
			Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
			return new Main(new PrintStream(stdout, true, StandardCharsets.UTF_8),
					new PrintStream(stderr, true, StandardCharsets.UTF_8), clock)
				.run(args.toArray(String[]::new));
		}

		Path storeFile() {
			return data.resolve("placewise.mv.db");
		}

		/** The store is lost: its data folder deleted, and on PostgreSQL its schema made again empty. */
		void lose() throws IOException {
			deleteData();
			if (TestFolders.onPostgres()) {
				database = TestFolders.processDatabase(dir);
			}
		}

		/** Another store (its H2 file, or its PostgreSQL schema) is put in place of this one's. */
		void replaceWith(Store other) throws IOException {
			deleteData();
			if (TestFolders.onPostgres()) {
				database = other.database.stream()
					.map(a -> a.startsWith("--placewise.data-dir=") ? "--placewise.data-dir=" + data : a)
					.toList();
			}
			else {
				copyTree(other.data, data);
			}
		}

		void deleteData() throws IOException {
			if (!Files.exists(data)) {
				return;
			}
			try (Stream<Path> all = Files.walk(data)) {
				for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}

		String out() {
			return stdout.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return stderr.toString(StandardCharsets.UTF_8);
		}

		String output() {
			return "stdout:\n" + out() + "\nstderr:\n" + err();
		}
	}

	/** The store (H2) that ran night 1 for the class, once, and whose data folder and --out tests copy. */
	static final class NightOne {

		static final String AS_OF = "2026-11-19";

		private static Store template;

		static synchronized void copyInto(Store store) throws IOException {
			if (template == null) {
				Store ran = new Store("night-one");
				assertThat(ran.nightly(AS_OF)).as(ran.output()).isZero();
				template = ran;
			}
			assertThat(store.data).doesNotExist();
			assertThat(store.out).doesNotExist();
			copyExactly(template.data, store.data);
			copyExactly(template.out, store.out);
		}

		/** Every file with its modes and times, but not the run lock's file (no run holds it now). */
		private static void copyExactly(Path from, Path to) throws IOException {
			try (Stream<Path> all = Files.walk(from)) {
				for (Path p : all.toList()) {
					Path target = to.resolve(from.relativize(p).toString());
					if (Files.isDirectory(p)) {
						Files.createDirectories(target);
						Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
					}
					else if (!p.getFileName().toString().equals("placewise.lock")) {
						Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
	}

	static String storeId(Path out) {
		return JSON.readTree(out.resolve("run-summary.json").toFile()).path("store_id").asString();
	}

	/** Every file in --out by its path, as its SHA-256. */
	static Map<String, String> files(Path out) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(out)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files.put(out.relativize(p).toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		return files;
	}

	static List<String> entries(Path zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	static void unzip(Path zip, Path into) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				Files.copy(in, into.resolve(e.getName()));
			}
		}
	}

	static void copyTree(Path from, Path to) {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else if (!p.getFileName().toString().equals("placewise.lock")) {
					Files.copy(p, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
