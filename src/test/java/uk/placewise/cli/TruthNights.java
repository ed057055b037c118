package uk.placewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code placewise nightly} through the real command on inboxes built in the test. */
final class TruthNights {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** What one {@code placewise nightly} printed and returned, with its run-summary.json. */
	record Night(int exit, String line, JsonNode summary) {

		JsonNode warning(String file, String kind) {
			for (JsonNode w : summary.get("warnings")) {
				if (w.get("file").asString().equals(file) && w.get("kind").asString().equals(kind)) {
					return w;
				}
			}
			throw new AssertionError("no " + kind + " warning for " + file + " in " + summary.get("warnings"));
		}

		boolean hasWarning(String kind) {
			for (JsonNode w : summary.get("warnings")) {
				if (w.get("kind").asString().equals(kind)) {
					return true;
				}
			}
			return false;
		}
	}

	private final ApplicationContext context;

	private final Path dir;

	TruthNights(ApplicationContext context, Path dir) {
		this.context = context;
		this.dir = dir;
	}

	Night nightly(Path inbox, String out, LocalDate asOf) throws Exception {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		Path outDir = dir.resolve(out);
		int exit = new NightlyCommand(context, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stdout, true, StandardCharsets.UTF_8))
			.run(CommandLine.parse(new String[] { "nightly", "--inbox", inbox.toString(), "--out", outDir.toString(),
					"--as-of", asOf.toString() }, Main.COMMANDS), Clock.systemUTC());
		String line = stdout.toString(StandardCharsets.UTF_8).strip();
		Path summary = outDir.resolve("run-summary.json");
		return new Night(exit, line, Files.exists(summary) ? JSON.readTree(summary.toFile()) : null);
	}

	/** A fresh inbox folder holding these files (name, content, name, content, ...). */
	Path inbox(String name, String... fileAndContent) {
		Path inbox = dir.resolve(name);
		try {
			Files.createDirectories(inbox);
			try (var old = Files.list(inbox)) {
				for (Path p : old.toList()) {
					Files.delete(p);
				}
			}
			for (int i = 0; i < fileAndContent.length; i += 2) {
				Files.writeString(inbox.resolve(fileAndContent[i]), fileAndContent[i + 1], StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inbox;
	}

	static String csv(String... lines) {
		return String.join("\r\n", lines) + "\r\n";
	}
}
