package uk.placewise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * BENCH-ONLY. The next day's inbox, made from a night's inbox the way a case management system exports
 * it: the same files, each extract delivered whole again, with a day's changes in it. Episodes open since
 * before the night are closed on its as-of date and the child's next episode opened (a move, to where
 * another child is placed); new missing episodes and Reg 44 reports dated up to the night; a few rows
 * corrected in place (a home postcode, a Reg 44 report's outstanding recommendations, a weekly cost).
 * Every other line is copied byte for byte, so a file with no change is the same file. Deterministic
 * by seed. Counts scale with the episodes file: at national scale (about 700,000 episodes) about 1,750
 * episodes are closed and as many opened, 200 missing episodes and 300 Reg 44 reports added.
 */
public final class NextNightInbox {

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Episodes rows at national scale, the measure for 200 missing episodes and 300 Reg 44 reports. */
	private static final double NATIONAL_EPISODES = 700_000;

	/** What was changed, in rows. */
	public record Changes(int episodesClosed, int episodesOpened, int missingAdded, int reg44Added, int corrected) {

		public int rows() {
			return episodesClosed + episodesOpened + missingAdded + reg44Added + corrected;
		}

		public String describe() {
			return episodesClosed + " episodes closed, " + episodesOpened + " opened, " + missingAdded
					+ " missing episodes and " + reg44Added + " Reg 44 reports added, " + corrected + " rows corrected";
		}
	}

	private final Random random;

	/** The night whose inbox is copied (its as-of date): changes are dated on it. */
	private final LocalDate night;

	private final String day;

	private int corrected;

	private NextNightInbox(long seed, LocalDate night) {
		this.random = new Random(seed);
		this.night = night;
		this.day = DMY.format(night);
	}

	/**
	 * Writes into {@code to} (made empty) the inbox delivered the day after the night {@code night} whose
	 * inbox is {@code from}.
	 */
	public static Changes write(Path from, Path to, LocalDate night, long seed) throws IOException {
		return new NextNightInbox(seed, night).copy(from, to);
	}

	private Changes copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> old = Files.list(to)) {
			for (Path f : old.toList()) {
				Files.delete(f);
			}
		}
		try (Stream<Path> list = Files.list(from)) {
			for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
				Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		PlainCsv episodes = PlainCsv.read(to.resolve("ssda903-episodes.csv"));
		int scale = episodes.rows().size();
		int[] closedOpened = episodes(episodes);
		Map<String, String> dobs = dobs(to.resolve("ssda903-header.csv"));
		PlainCsv missing = PlainCsv.read(to.resolve("ssda903-missing.csv"));
		int missingAdded = missing(missing, episodes, dobs, count(200, scale));
		PlainCsv reg44 = PlainCsv.read(to.resolve("reg44.csv"));
		int reg44Added = reg44(reg44, count(300, scale));
		correct(episodes, "HOME_POST", Math.max(3, scale / 10_000), (row, other) -> other);
		correct(reg44, "recommendations_outstanding", Math.max(3, scale / 20_000),
				(row, other) -> row.isEmpty() ? "1" : String.valueOf(Integer.parseInt(row) + 1));
		PlainCsv costs = PlainCsv.read(to.resolve("costs.csv"));
		correct(costs, "weekly_cost", Math.max(3, scale / 20_000),
				(row, other) -> row.isEmpty() ? "1000" : new java.math.BigDecimal(row).add(java.math.BigDecimal.TEN)
					.toPlainString());
		episodes.write();
		missing.write();
		reg44.write();
		costs.write();
		return new Changes(closedOpened[0], closedOpened[1], missingAdded, reg44Added, corrected);
	}

	private static int count(int national, int episodes) {
		return Math.max(1, (int) Math.round(national * episodes / NATIONAL_EPISODES));
	}

	/** Closes one in 400 of the episodes (those open since before the night) and opens each child's next. */
	private int[] episodes(PlainCsv csv) {
		int child = csv.column("CHILD");
		int decom = csv.column("DECOM");
		int dec = csv.column("DEC");
		int rne = csv.column("RNE");
		int rec = csv.column("REC");
		int reason = csv.column("REASON_PLACE_CHANGE");
		int urn = csv.column("URN");
		int place = csv.column("PLACE");
		int provider = csv.column("PLACE_PROVIDER");
		int plPost = csv.column("PL_POST");
		List<Integer> open = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < csv.rows().size(); i++) {
			String[] row = csv.rows().get(i);
			keys.add(row[child] + "," + row[decom]);
			LocalDate start = date(row[decom]);
			if (row[dec].isEmpty() && start != null && start.isBefore(night)) {
				open.add(i);
			}
		}
		int target = Math.max(1, csv.rows().size() / 400);
		Set<String> moved = new HashSet<>();
		Map<Integer, String[]> after = new HashMap<>();
		for (int tries = 0; after.size() < target && tries < target * 10 && !open.isEmpty(); tries++) {
			int i = open.get(random.nextInt(open.size()));
			String[] row = csv.rows().get(i);
			if (after.containsKey(i) || !moved.add(row[child]) || !keys.add(row[child] + "," + day)) {
				continue;
			}
			String[] to = csv.rows().get(open.get(random.nextInt(open.size())));
			String[] next = row.clone();
			next[decom] = day;
			next[rne] = "P";
			next[dec] = "";
			next[rec] = "";
			next[reason] = "";
			next[urn] = to[urn];
			next[place] = to[place];
			next[provider] = to[provider];
			next[plPost] = to[plPost];
			row[dec] = day;
			row[rec] = "E4A";
			row[reason] = "CARPL";
			csv.change(i);
			after.put(i, next);
		}
		csv.insertAfter(after);
		return new int[] { after.size(), after.size() };
	}

	/** New missing episodes starting on the night, of children placed then; half have ended. */
	private int missing(PlainCsv csv, PlainCsv episodes, Map<String, String> dobs, int n) {
		int child = csv.column("CHILD");
		int start = csv.column("MIS_START");
		int end = csv.column("MIS_END");
		int type = csv.column("MISSING");
		Integer dob = csv.columnOrNull("DOB");
		Set<String> keys = new HashSet<>();
		csv.rows().forEach(r -> keys.add(r[child] + "," + r[start]));
		int epChild = episodes.column("CHILD");
		int epDec = episodes.column("DEC");
		List<String> placed = episodes.rows().stream().filter(r -> r[epDec].isEmpty()).map(r -> r[epChild]).distinct().toList();
		int added = 0;
		for (int tries = 0; added < n && tries < n * 10 && !placed.isEmpty(); tries++) {
			String c = placed.get(random.nextInt(placed.size()));
			if (!keys.add(c + "," + day)) {
				continue;
			}
			String[] row = new String[csv.width()];
			Arrays.fill(row, "");
			row[child] = c;
			row[type] = random.nextInt(4) == 0 ? "A" : "M";
			row[start] = day;
			row[end] = random.nextBoolean() ? day : "";
			if (dob != null) {
				row[dob] = dobs.getOrDefault(c, "");
			}
			csv.add(row);
			added++;
		}
		return added;
	}

	/** New Reg 44 reports of visits in the month before the night, received on it. */
	private int reg44(PlainCsv csv, int n) {
		int urn = csv.column("urn");
		int visit = csv.column("visit_date");
		int received = csv.column("report_received");
		int safe = csv.column("children_safeguarded");
		int wellbeing = csv.column("wellbeing_promoted");
		int recommendations = csv.column("recommendations_outstanding");
		int visitor = csv.column("visitor");
		Set<String> keys = new HashSet<>();
		Map<String, String> visitors = new HashMap<>();
		csv.rows().forEach(r -> {
			keys.add(r[urn] + "," + r[visit]);
			visitors.put(r[urn], r[visitor]);
		});
		List<String> homes = new ArrayList<>(new java.util.TreeSet<>(visitors.keySet()));
		int added = 0;
		for (int tries = 0; added < n && tries < n * 10 && !homes.isEmpty(); tries++) {
			String home = homes.get(random.nextInt(homes.size()));
			String date = DMY.format(night.minusDays(random.nextInt(28)));
			if (!keys.add(home + "," + date)) {
				continue;
			}
			String[] row = new String[csv.width()];
			Arrays.fill(row, "");
			row[urn] = home;
			row[visit] = date;
			row[received] = day;
			row[safe] = random.nextInt(10) == 0 ? "No" : "Yes";
			row[wellbeing] = random.nextInt(10) == 0 ? "No" : "Yes";
			row[recommendations] = String.valueOf(random.nextInt(4));
			row[visitor] = visitors.get(home);
			csv.add(row);
			added++;
		}
		return added;
	}

	/** Corrects one column of n rows in place: the new value from the old and another row's. */
	private void correct(PlainCsv csv, String column, int n, java.util.function.BinaryOperator<String> fix) {
		int c = csv.column(column);
		for (int k = 0; k < n && !csv.rows().isEmpty(); k++) {
			int i = random.nextInt(csv.rows().size());
			String[] row = csv.rows().get(i);
			String value = fix.apply(row[c], csv.rows().get(random.nextInt(csv.rows().size()))[c]);
			if (!value.equals(row[c]) && !csv.changed(i)) {
				row[c] = value;
				csv.change(i);
				corrected++;
			}
		}
	}

	private static Map<String, String> dobs(Path header) throws IOException {
		PlainCsv csv = PlainCsv.read(header);
		Map<String, String> dobs = new HashMap<>();
		int child = csv.column("CHILD");
		int dob = csv.column("DOB");
		csv.rows().forEach(r -> dobs.put(r[child], r[dob]));
		return dobs;
	}

	private static LocalDate date(String dmy) {
		try {
			return dmy.isEmpty() ? null : LocalDate.parse(dmy, DMY);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}
}
