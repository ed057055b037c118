package uk.placewise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BENCH-ONLY. {@code placewise explain URN} as a person types it: a new JVM, start-up included, timed
 * wall to wall, with the JVM options the launchers give explain ({@link #LAUNCHER_OPTIONS}); the
 * command takes its lean read path (cli/LeanRead), as it does for the operator. The bench's own
 * process holds the H2 store open, so the child reads an online backup of it ({@code BACKUP TO}) in
 * bench/explain-data.
 */
public record ExplainProcess(String value, String note) {

	/** What {@code ./placewise} and the install's {@code bin/placewise} pass to the JVM for explain. */
	public static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

	public String describe() {
		return value + " (" + note + ")";
	}

	public static ExplainProcess run(ApplicationContext context, Path bench, String urn, List<String> springArgs)
			throws IOException, InterruptedException {
		String jar = System.getProperty("java.class.path", "");
		String url = context.getEnvironment().getProperty("spring.datasource.url", "");
		if (!jar.endsWith(".jar") || jar.contains(java.io.File.pathSeparator)) {
			return new ExplainProcess("n/a", "not run from the placewise jar");
		}
		if (!url.startsWith("jdbc:h2:file:")) {
			return new ExplainProcess("n/a", "only measured on the embedded H2 store");
		}
		Path data = bench.resolve("explain-data").toAbsolutePath();
		Files.createDirectories(data);
		Path zip = bench.resolve("explain-store.zip").toAbsolutePath();
		context.getBean(JdbcTemplate.class).execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
		unzip(zip, data);
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(LAUNCHER_OPTIONS);
		for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (!arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-XX:FlightRecorderOptions")
					&& !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
				command.add(arg);
			}
		}
		command.addAll(List.of("-jar", jar, "explain", urn, "--placewise.data-dir=" + data));
		springArgs.stream().filter(a -> !a.startsWith("--placewise.data-dir=")).forEach(command::add);
		Path log = bench.resolve("explain-process.log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return new ExplainProcess("timeout", "over 5 minutes; see " + log);
		}
		long nanos = System.nanoTime() - started;
		return new ExplainProcess(BenchReport.millis(nanos), "exit " + process.exitValue() + "; JVM start-up included; "
				+ String.join(" ", command.subList(1, command.size())).replace(data.toString(), "bench/explain-data"));
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					Files.copy(in, into.resolve(Path.of(entry.getName()).getFileName().toString()));
				}
			}
		}
	}
}
