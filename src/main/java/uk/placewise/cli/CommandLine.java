package uk.placewise.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command words, its own options ({@code --inbox DIR} or
 * {@code --inbox=DIR}), its positional arguments, and configuration ({@code --name=value} whose name
 * starts with one of {@link #CONFIGURATION}), which is passed on to Spring Boot. Anything else is a
 * usage error naming it: an option the command does not take, a {@code --name=value} that is no setting
 * (a typo would otherwise be passed to Spring and ignored), an argument a command takes none of.
 */
record CommandLine(String command, Map<String, String> options, List<String> positional, List<String> springArgs) {

	/** {@code nightly --new-store}: a flag, the one option that takes no value. */
	static final String NEW_STORE = "new-store";

	static final Set<String> FLAGS = Set.of(NEW_STORE);

	/**
	 * What configuration on the command line may start with: Placewise's own settings, Spring Boot's
	 * (the datasource, profiles, config locations) and its logging. Nothing else configures Placewise;
	 * {@code management.} and {@code server.} are for a web application, which this is not.
	 */
	static final List<String> CONFIGURATION = List.of("placewise.", "spring.", "logging.");

	/** The commands that take arguments that are not options, or check them themselves (rules check). */
	static final Set<String> WITH_ARGUMENTS = Set.of("explain", "rules check");

	static CommandLine parse(String[] args, Map<String, Set<String>> optionsByCommand) {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		String command = args[0];
		int i = 1;
		if (command.equals("rules") && args.length > 1 && !args[1].startsWith("-")) {
			command = "rules " + args[1];
			i = 2;
		}
		Set<String> known = optionsByCommand.get(command);
		if (known == null) {
			throw new UsageException("unknown command '" + command + "'");
		}
		Map<String, String> options = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		List<String> spring = new ArrayList<>();
		Set<String> settings = new java.util.HashSet<>();
		for (; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				if (!WITH_ARGUMENTS.contains(command)) {
					throw new UsageException("'" + command + "' takes no arguments, only its options (not '" + arg + "')");
				}
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (!known.contains(name)) {
				boolean setting = CONFIGURATION.stream().anyMatch(name::startsWith);
				if (setting && value == null) {
					throw new UsageException("--" + name + " is a setting: give it as --" + name + "=VALUE");
				}
				if (!setting) {
					throw new UsageException("unknown option --" + name + " for '" + command + "'" + (value == null ? ""
							: " (a setting starts with " + String.join(", ", CONFIGURATION) + ")"));
				}
				CommandLineSettings.check(name, value);
				if (!settings.add(CommandLineSettings.canonical(name))) {
					throw new UsageException("--" + name + " is given twice: give it once");
				}
				spring.add(arg);
				continue;
			}
			if (value == null && FLAGS.contains(name)) {
				value = "true";
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new UsageException("--" + name + " needs a value");
				}
				value = args[++i];
			}
			if (options.put(name, value) != null) {
				throw new UsageException("--" + name + " is given twice: give it once");
			}
		}
		return new CommandLine(command, options, positional, spring);
	}

	/** The same command line with one more configuration argument, unless the user already set it. */
	CommandLine withSpringArg(String arg) {
		String name = arg.substring(0, arg.indexOf('=') + 1);
		if (springArgs.stream().anyMatch(a -> a.startsWith(name))) {
			return this;
		}
		List<String> spring = new ArrayList<>(springArgs);
		spring.add(arg);
		return new CommandLine(command, options, positional, spring);
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(options.getOrDefault(name, "false"));
	}

	String required(String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("'" + command + "' needs --" + name);
		}
		return value;
	}

	/** The run's as-of date: {@code --as-of}, or today when not given (the only wall-clock read). */
	LocalDate asOf(LocalDate today) {
		String value = options.get("as-of");
		if (value == null) {
			return today;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--as-of must be a date like 2026-11-20, not '" + value + "'");
		}
	}
}
