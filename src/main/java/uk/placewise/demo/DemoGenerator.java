package uk.placewise.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.SettingRecords.Viability;

/**
 * Generates a synthetic inbox: one council ({@link Scale#LA}), ten pooled ({@link Scale#REGION}) or England
 * ({@link Scale#NATIONAL}), in the real feed formats of feeds.md. The same scale, seed and as-of date always give
 * byte-identical files. Council 1 carries the planted scenarios of {@link #plantedCases()} at every scale.
 */
public final class DemoGenerator {

	/** The planted scenarios need the 2025 code changes (K3, the 2025 list layout) to be in the past. */
	static final LocalDate EARLIEST_AS_OF = LocalDate.of(2025, 4, 1);

	private final Scale scale;

	private final long seed;

	private final LocalDate asOf;

	private final Consumer<String> progress;

	public DemoGenerator(Scale scale, long seed, LocalDate asOf, Consumer<String> progress) {
		this.scale = Objects.requireNonNull(scale, "scale");
		this.seed = seed;
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		this.progress = (progress != null) ? progress : (line) -> {
		};
		if (asOf.isBefore(EARLIEST_AS_OF)) {
			throw new IllegalArgumentException("as-of must be on or after " + EARLIEST_AS_OF + ", was " + asOf);
		}
	}

	/** The planted scenarios: which URN or child should trigger which factor, band or flag on the as-of date. */
	public List<PlantedCase> plantedCases() {
		return List.copyOf(PlantedScenarios.plant(this.asOf, new Geography()).cases);
	}

	/** Writes the inbox files into dir (created if missing); returns a summary (files and row counts). */
	public DemoInbox generate(Path dir) throws IOException {
		long started = System.nanoTime();
		Files.createDirectories(dir);
		LocalDate snapshot = Dates.listSnapshot(this.asOf);
		Geography geography = new Geography();
		Names names = new Names();
		PlantedKit planted = PlantedScenarios.plant(this.asOf, geography);
		Map<String, SettingStory> plantedByUrn = new TreeMap<>();
		planted.settings.forEach((s) -> plantedByUrn.put(s.setting.urn(), s));
		SettingPool pool = SettingPool.build(this.seed,
				snapshot, planted.settings.stream().map((s) -> s.setting).toList(), names);
		List<SettingStory> stories = new ArrayList<>(pool.settings().size());
		for (Setting s : pool.settings()) {
			SettingStory p = plantedByUrn.get(s.urn());
			stories.add((p != null) ? p.withSetting(s)
					: InspectionHistory.background(s, Rand.of(this.seed, "inspections", s.index()), snapshot, this.asOf));
		}
		step(started, "settings: %d (%d planted), Ofsted list as at %s", stories.size(), plantedByUrn.size(),
				Dates.dmy(snapshot));
		List<DemoInbox.InboxFile> files = new ArrayList<>();
		long listRows = OfstedListWriter.write(dir, snapshot, stories);
		files.add(new DemoInbox.InboxFile(FeedHeaders.OFSTED_PROVIDERS_FILE, listRows));
		step(started, "%s: %d rows", FeedHeaders.OFSTED_PROVIDERS_FILE, listRows);

		SettingChooser chooser = new SettingChooser(pool.settings(), Rand.of(this.seed, "chooser", 0));
		List<Council> councils = Councils.of(this.scale, this.seed, geography);
		try (InboxWriter writer = new InboxWriter(dir)) {
			long children = 0;
			for (Council council : councils) {
				children += writeCouncil(council, council.number() == 1 ? planted.children : List.of(), chooser,
						geography, writer, snapshot);
				if (this.scale != Scale.NATIONAL || council.number() % 25 == 0 || council.number() == councils.size()) {
					step(started, "council %d of %d: %d children in the extract so far", council.number(),
							councils.size(), children);
				}
			}
			int used = 0;
			Map<String, List<Viability>> viability = new TreeMap<>(planted.viability);
			for (SettingStory story : stories) {
				Setting s = story.setting;
				if (s.planted()) {
					writer.setting(story);
					used++;
				}
				else if (chooser.used(s.index())) {
					LocalHistory.background(story, Rand.of(this.seed, "local", s.index()), names, this.asOf);
					writer.setting(story);
					used++;
					if (!"Local Authority".equals(s.ownerSector())) {
						viability.computeIfAbsent(s.organisation(),
								(org) -> LocalHistory.viability(Rand.of(this.seed, "viability", org.hashCode()), this.asOf));
					}
				}
			}
			writer.viability(viability);
			step(started, "settings used: %d; providers checked for viability: %d", used, viability.size());
			files.addAll(writer.summary());
		}
		files.add(new DemoInbox.InboxFile("settings.csv", LocalFeeds.writeSettings(dir, planted.localSettings)));
		files.add(new DemoInbox.InboxFile("postcodes.csv", LocalFeeds.writePostcodes(dir, geography)));
		step(started, "postcodes: %d sectors; done", geography.usedSectors().size());
		return new DemoInbox(dir, files);
	}

	private long writeCouncil(Council council, List<ChildStory> plantedChildren, SettingChooser chooser,
			Geography geography, InboxWriter writer, LocalDate snapshot) throws IOException {
		// at national scale nearly every setting is in use somewhere, so councils share the market more evenly
		CareHistory care = new CareHistory(council, chooser, geography, (this.scale == Scale.NATIONAL) ? 0.4 : 1.0);
		for (ChildStory c : plantedChildren) {
			writer.child(c);
		}
		long currentPlanted = plantedChildren.stream().filter((c) -> c.episodes.get(c.episodes.size() - 1).dec() == null).count();
		int current = (int) Math.max(0, council.children() - currentPlanted);
		int leavers = (int) Math.round(council.children() * Calibration.LEAVERS_PER_YEAR_SHARE * Calibration.LEAVER_YEARS);
		long base = council.number() * 10_000_000L;
		for (int i = 1; i <= current + leavers; i++) {
			Rand rand = Rand.of(this.seed, "child", base + i);
			String id = council.childId(i);
			writer.child((i <= current) ? ChildFactory.current(id, council, care, rand, this.asOf, snapshot)
					: ChildFactory.leaver(id, council, care, rand, this.asOf, snapshot));
		}
		return plantedChildren.size() + current + leavers;
	}

	private void step(long started, String format, Object... args) {
		Runtime rt = Runtime.getRuntime();
		long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
		this.progress.accept(String.format("demo %s: %s (%.1f s, %d MB heap)", this.scale.name().toLowerCase(),
				String.format(format, args), (System.nanoTime() - started) / 1e9, usedMb));
	}

}
