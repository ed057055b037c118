package uk.placewise.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestWarnings;

/**
 * A feed's date checks, from its definition rather than code per column:
 * <ul>
 * <li>{@code order: [mis_start, mis_end]} (or a list of such pairs): a row whose end is before its start
 * is impossible on any night, and rejected;</li>
 * <li>{@code not-after: as-of} on a date column: a row dated after the run's as-of date is stored (it is
 * real on a later night, and a replay of an earlier night reads tomorrow's export) but the rules leave it
 * out until then, and the file gets a warning naming the column and the lines, never the value (a date
 * of birth is personal).</li>
 * </ul>
 *
 * @param notAfterAsOf the columns marked {@code not-after: as-of}
 * @param order pairs of columns, the first never after the second
 */
record DateChecks(List<String> notAfterAsOf, List<List<String>> order) {

	static final DateChecks NONE = new DateChecks(List.of(), List.of());

	/** How many lines a warning names per column before it counts the rest. */
	static final int NAMED = 5;

	@SuppressWarnings("unchecked")
	static DateChecks of(Map<String, Object> yaml) {
		List<String> notAfter = new ArrayList<>();
		if (yaml.get("columns") instanceof List<?> columns) {
			for (Object c : columns) {
				if (c instanceof Map<?, ?> column && column.get("not-after") != null) {
					if (!"as-of".equals(String.valueOf(column.get("not-after")).trim())) {
						throw new IllegalArgumentException("column " + column.get("name") + ": 'not-after' is as-of, not '"
								+ column.get("not-after") + "'");
					}
					notAfter.add(String.valueOf(column.get("name")).trim());
				}
			}
		}
		List<List<String>> order = new ArrayList<>();
		Object o = yaml.get("order");
		if (o != null) {
			if (!(o instanceof List<?> list) || list.isEmpty()) {
				throw new IllegalArgumentException("'order' is [start, end] or a list of such pairs, not " + o);
			}
			List<?> pairs = list.get(0) instanceof List<?> ? list : List.of(list);
			for (Object pair : pairs) {
				if (!(pair instanceof List<?> p) || p.size() != 2) {
					throw new IllegalArgumentException("'order' is [start, end] or a list of such pairs, not " + o);
				}
				order.add(((List<Object>) p).stream().map(v -> String.valueOf(v).trim()).toList());
			}
		}
		return new DateChecks(List.copyOf(notAfter), List.copyOf(order));
	}

	/** Every column named is a date column of the feed. */
	void check(FeedDefinition feed) {
		List<String> named = new ArrayList<>(notAfterAsOf);
		order.forEach(named::addAll);
		for (String name : named) {
			if (feed.column(name).type() != ColumnType.DATE) {
				throw new IllegalArgumentException("column " + name + ": 'not-after' and 'order' are for date columns");
			}
		}
	}

	/** Why the row's dates are out of order ({@code MIS_END 01/10/2026 is before MIS_START 05/10/2026}), or null. */
	static String outOfOrder(FeedDefinition feed, Object[] values) {
		for (List<String> pair : feed.dates().order()) {
			ColumnDefinition start = feed.column(pair.get(0));
			ColumnDefinition end = feed.column(pair.get(1));
			Object from = values[feed.columns().indexOf(start)];
			Object to = values[feed.columns().indexOf(end)];
			if (from instanceof LocalDate f && to instanceof LocalDate t && t.isBefore(f)) {
				return end.header() + ": " + shown(end, t) + " is before " + start.header() + " " + shown(start, f)
						+ " (an end before its start)";
			}
		}
		return null;
	}

	private static String shown(ColumnDefinition column, LocalDate date) {
		return column.personal() ? RejectWriter.REMOVED : String.format("%02d/%02d/%d", date.getDayOfMonth(),
				date.getMonthValue(), date.getYear());
	}

	/** Watches a file's accepted rows for dates after the as-of date, to say so once for the file. */
	static final class AfterAsOf {

		private final FeedDefinition feed;

		private final LocalDate asOf;

		private final Map<String, List<Long>> lines = new LinkedHashMap<>();

		private final Map<String, Integer> counts = new LinkedHashMap<>();

		private int rows;

		AfterAsOf(FeedDefinition feed, LocalDate asOf) {
			this.feed = feed;
			this.asOf = asOf;
		}

		FileRows.Sink watch(FileRows.Sink sink) {
			if (feed.dates().notAfterAsOf().isEmpty() || sink == null) {
				return sink;
			}
			return (values, line) -> {
				boolean after = false;
				for (String name : feed.dates().notAfterAsOf()) {
					ColumnDefinition column = feed.column(name);
					if (values[feed.columns().indexOf(column)] instanceof LocalDate d && d.isAfter(asOf)) {
						after = true;
						counts.merge(column.header(), 1, Integer::sum);
						List<Long> named = lines.computeIfAbsent(column.header(), h -> new ArrayList<>());
						if (named.size() < NAMED) {
							named.add(line);
						}
					}
				}
				if (after) {
					rows++;
				}
				sink.add(values, line);
			};
		}

		/**
		 * For a file not read again (its rows stand): tonight's warning about rows after the as-of date,
		 * beside what was said when it was read. {@code said} is what this reading found.
		 */
		static void addTo(IngestWarnings warnings, long runId, String file, List<IngestWarning> said) {
			List<IngestWarning> late = said.stream().filter(w -> IngestWarning.AFTER_AS_OF.equals(w.kind())).toList();
			if (!late.isEmpty()) {
				List<IngestWarning> all = new ArrayList<>(warnings.forFile(runId, file));
				all.addAll(late);
				warnings.record(runId, file, all);
			}
		}

		/** The file's warning, or null when no row is dated after the as-of date. */
		IngestWarning warning(String file) {
			if (rows == 0) {
				return null;
			}
			List<String> parts = new ArrayList<>();
			counts.forEach((header, n) -> {
				List<Long> named = lines.get(header);
				parts.add(header + " on " + (named.size() == 1 ? "line " : "lines ")
						+ String.join(", ", named.stream().map(String::valueOf).toList())
						+ (n > named.size() ? " and " + (n - named.size()) + " more" : ""));
			});
			String brief = rows + (rows == 1 ? " row" : " rows") + " dated after the as-of date";
			return new IngestWarning(file, IngestWarning.AFTER_AS_OF, brief, brief + " " + asOf + " (" + String.join("; ", parts)
					+ "): stored, and left out of the rules until that date (a mistyped date, or a replay of an earlier"
					+ " night on a later export)");
		}
	}
}
