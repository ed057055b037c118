package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.placewise.PlacewiseProperties;

/**
 * Every {@code placewise.*} setting of {@link PlacewiseProperties} is listed, at its default, in the
 * install's commented config/application.yml and in the README's table, so neither falls behind the record.
 */
class ConfigurationListedTests {

	/** Every leaf setting of the record, kebab-case, to its {@code @DefaultValue} (null when it has none). */
	static Map<String, String> settings(Class<?> record, String prefix) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (RecordComponent c : record.getRecordComponents()) {
			String key = prefix + c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
			if (c.getType().isRecord()) {
				keys.putAll(settings(c.getType(), key + "."));
				continue;
			}
			DefaultValue d = c.getAnnotation(DefaultValue.class);
			keys.put(key, d == null || d.value().length == 0 ? null : d.value()[0]);
		}
		return keys;
	}

	/** The keys commented out in config/application.yml ({@code #key: value}, two spaces a level). */
	static Map<String, String> listed(Path yml) throws IOException {
		Pattern line = Pattern.compile("^( *)#([a-z][a-z-]*):(.*)$");
		Map<String, String> keys = new LinkedHashMap<>();
		Deque<String> path = new ArrayDeque<>();
		for (String text : Files.readAllLines(yml)) {
			Matcher m = line.matcher(text);
			if (!m.matches()) {
				continue;
			}
			int depth = m.group(1).length() / 2;
			while (path.size() > depth) {
				path.removeLast();
			}
			path.addLast(m.group(2));
			String value = m.group(3).strip();
			if (!value.isEmpty()) {
				keys.put(String.join(".", path), value.replaceAll("^\"(.*)\"$", "$1"));
			}
		}
		return keys;
	}

	@Test
	void theInstallsConfigListsEverySettingAtItsDefault() throws IOException {
		Map<String, String> listed = listed(Path.of("src/dist/config/application.yml"));
		settings(PlacewiseProperties.class, "placewise.").forEach((key, fallback) -> {
			assertThat(listed).as("config/application.yml lists " + key).containsKey(key);
			if (fallback != null && !listed.get(key).startsWith("PLACEWISE_HOME")) {
				assertThat(listed.get(key)).as(key + "'s default").isEqualTo(fallback);
			}
		});
	}

	@Test
	void theReadmeTableNamesEverySetting() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		settings(PlacewiseProperties.class, "placewise.").keySet()
			.forEach(key -> assertThat(readme).as("README names " + key).contains("| `" + key + "` |"));
	}

	@Test
	void theListIsReadAsYamlWouldNestIt() throws IOException {
		Path yml = Files.createTempFile("listed", ".yml");
		Files.writeString(yml, "#placewise:\n  #qa:\n    #monthly-capacity: 40\n  #council: X\n#spring:\n  #url: u\n");
		assertThat(listed(yml)).containsExactly(Map.entry("placewise.qa.monthly-capacity", "40"),
				Map.entry("placewise.council", "X"), Map.entry("spring.url", "u"));
		Files.delete(yml);
	}
}
