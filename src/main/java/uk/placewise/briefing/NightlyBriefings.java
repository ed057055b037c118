package uk.placewise.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.results.RunResult;

/**
 * The nightly option (placewise.briefing.nightly): the night's briefings written into the staging
 * folder's {@code briefings/}, so they are published with the night's other files or not at all. Read
 * at each night, as a long-lived process may change the setting between nights.
 */
@Component
public class NightlyBriefings {

	/** The folder of --out the night's briefings are published in (replaced whole by each night). */
	public static final String FOLDER = "briefings";

	private final BriefingAssembler assembler;

	private final BriefingFiles files;

	private final Environment environment;

	NightlyBriefings(BriefingAssembler assembler, BriefingFiles files, Environment environment) {
		this.assembler = assembler;
		this.files = files;
		this.environment = environment;
	}

	/** Writes the night's briefings under {@code staging} when the setting asks for them. */
	public void write(RunResult run, Path staging) throws IOException {
		PlacewiseProperties.Briefing settings = PlacewiseProperties.current(environment).briefing();
		if (!settings.nightly()) {
			return;
		}
		Path dir = Files.createDirectories(staging.resolve(FOLDER));
		files.write(assembler.assemble(run, settings.withinDays()), dir);
	}
}
