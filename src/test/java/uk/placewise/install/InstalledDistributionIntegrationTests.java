package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import uk.placewise.TestFolders;
import uk.placewise.TestJvm;

/**
 * Issue 19's acceptance: the distribution zip that {@code mvn package} made, unzipped as an operator
 * would (file modes kept), run as a process with a PATH that has java and the few tools the launcher
 * uses but no mvn, from a folder that is not the install, with paths relative to that folder.
 * ({@code demo} is not run: at its smallest scale it takes minutes here; DemoSmokeIntegrationTests runs it.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstalledDistributionIntegrationTests {

	/** What bin/placewise runs besides java: nothing else is on the PATH. */
	static final List<String> TOOLS = List.of("sh", "dirname", "ls", "sed", "readlink");

	Path root;

	Path install;

	Path bin;

	Path operator;

	@BeforeAll
	void unzipTheDistribution() throws IOException {
		assumeFalse(TestFolders.onPostgres(), "the install is tried on its default store, the H2 file, once");
		root = TestFolders.fresh(InstalledDistributionIntegrationTests.class);
		Path zip;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			zip = files.filter(p -> p.getFileName().toString().matches("placewise-.+\\.zip")).findFirst()
				.orElseThrow(() -> new AssertionError("no target/placewise-*.zip: the package phase makes it"));
		}
		install = unzip(zip, root.resolve("opt")).resolve(zip.getFileName().toString().replaceAll("\\.zip$", ""));
		bin = Files.createDirectories(root.resolve("path"));
		Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
		for (String tool : TOOLS) {
			Files.createSymbolicLink(bin.resolve(tool), which(tool));
		}
		operator = Files.createDirectories(root.resolve("operator"));
		Path in = Files.createDirectories(operator.resolve("in"));
		try (Stream<Path> sample = Files.list(install.resolve("jobs/sample-inbox"))) {
			for (Path f : sample.toList()) {
				Files.copy(f, in.resolve(f.getFileName()));
			}
		}
	}

	@Test
	@Order(1)
	void theLauncherIsExecutableInTheZipAndThePathHasNoMaven() {
		assertThat(Files.isExecutable(install.resolve("bin/placewise"))).isTrue();
		assertThat(Files.isExecutable(install.resolve("jobs/placewise-alert"))).isTrue();
		assertThat(Files.exists(bin.resolve("mvn"))).isFalse();
		assertThat(install.resolve("lib/placewise.jar")).isRegularFile();
		assertThat(install.resolve("config/application.yml")).isRegularFile();
	}

	@Test
	@Order(2)
	void versionNamesTheBuildWithoutGit() throws Exception {
		Run run = placewise("--version");
		assertThat(run.code()).isZero();
		assertThat(run.out()).matches("placewise \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{12}, built \\S+\\)\\R");
	}

	@Test
	@Order(3)
	void aCommandRefusesAnOptionItDoesNotUse() throws Exception {
		Run run = placewise("demo", "--out", "elsewhere");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("unknown option --out for 'demo'");
	}

	@Test
	@Order(4)
	void nightlyTakesRelativePathsFromTheCallersFolder() throws Exception {
		Run run = placewise("nightly", "--inbox", "in", "--out", "out", "--as-of", "2026-11-20");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("placewise nightly: ok: run 1 as of 2026-11-20").contains("outputs in out");
		assertThat(operator.resolve("out/run-summary.json")).isRegularFile();
		assertThat(operator.resolve("out/visit-schedule.csv")).isRegularFile();
		// the store is the install's default, in its data/; nothing is made in the caller's folder but out/
		assertThat(install.resolve("data/placewise.mv.db")).isRegularFile();
		try (Stream<Path> made = Files.list(operator)) {
			assertThat(made.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "out");
		}
	}

	@Test
	@Order(5)
	void statusReportsTheNightAndTheStoreThatWroteOut() throws Exception {
		long before = Files.getLastModifiedTime(install.resolve("data/placewise.mv.db")).toMillis();
		Run run = placewise("status", "--out", "out");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("Schema:     version", "(this build's latest)", "run 1 as of 2026-11-20: ok; 18 files, 18 taken",
				"Run lock:   free", "the same ruleset as the last run that assessed", "written by this store",
				"Rules:      " + install.resolve("rules"));
		assertThat(run.out()).containsPattern("placewise status: ok: store [0-9a-f-]{36}, schema \\S+, 1 run, last run 1 as of 2026-11-20 ok");
		assertThat(Files.getLastModifiedTime(install.resolve("data/placewise.mv.db")).toMillis()).isEqualTo(before);
	}

	record Run(int code, String out, String err) {
	}

	/** bin/placewise from the operator's folder, with nothing of this build's environment but the PATH made here. */
	Run placewise(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(install.resolve("bin/placewise").toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(operator.toFile());
		Map<String, String> env = pb.environment();
		env.clear();
		env.put("PATH", bin.toString());
		env.put("HOME", root.toString());
		// as an operator passes JVM options; TestJvm's make a short-lived JVM cheap and change nothing it does
		env.put("JAVA_OPTS", String.join(" ", TestJvm.OPTIONS) + " -Xmx512m");
		Path out = root.resolve("stdout.txt");
		Path err = root.resolve("stderr.txt");
		Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!p.waitFor(240, TimeUnit.SECONDS)) {
			p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
			throw new AssertionError("placewise " + String.join(" ", args) + " did not finish in 240 s");
		}
		return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Unzips keeping each entry's file mode, as unzip does. */
	static Path unzip(Path zip, Path into) throws IOException {
		URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
		try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("enablePosixFileAttributes", "true"));
				Stream<Path> entries = Files.walk(fs.getPath("/"))) {
			for (Path entry : entries.toList()) {
				Path target = into.resolve(fs.getPath("/").relativize(entry).toString());
				if (Files.isDirectory(entry)) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				Files.copy(entry, target);
				Set<PosixFilePermission> mode = Files.getPosixFilePermissions(entry);
				if (!mode.isEmpty()) {
					Files.setPosixFilePermissions(target, mode);
				}
			}
		}
		return into;
	}

	static Path which(String tool) {
		for (String dir : System.getenv("PATH").split(":")) {
			Path p = Path.of(dir, tool);
			if (Files.isExecutable(p)) {
				return p;
			}
		}
		throw new AssertionError(tool + " is not on this machine's PATH");
	}
}
