package uk.placewise.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What is in the rules folder but never compiled, so that a council's {@code ofsted.dslr}, a hidden
 * {@code .bands.drl}, an editor's backup {@code bands.drl~} or the second sheet of a decision table is
 * said, not silently ignored ({@code rules check} and the night's summary give each as a warning).
 * Compiled (an allowlist, {@link #compiled}): {@code .drl} files and {@code .xlsx} decision tables (the
 * first sheet only, as Drools reads one); a {@code .csv} or {@code .xls} is not, though Drools could read
 * it as a table, so a stray {@code rules-impact.csv} is listed, never compiled. Read but not compiled, so
 * not listed: {@code facts.yml}, the scenarios under {@code tests/} ({@code .yml}, {@code .yaml}) and notes
 * ({@code .md}, {@code .txt}).
 */
public final class UncompiledFiles {

	/** How many are named; the rest are counted in one more line. */
	static final int NAMED = 20;

	private UncompiledFiles() {
	}

	/**
	 * One file (or hidden folder, or sheet) of the rules folder that is not compiled.
	 * @param path as messages name it, {@code rules/foo.dslr}
	 * @param warning the whole sentence, {@code rules/foo.dslr is not compiled: only .drl files and ...}
	 */
	public record Uncompiled(String path, String warning) {
	}

	/** Whether a file of the folder (by its path inside it) is compiled: a .drl file or an .xlsx decision table. */
	public static boolean compiled(String relative) {
		return RuleFile.isRules(relative);
	}

	/** The warnings alone, as rules check prints them. */
	public static List<String> warnings(Path folder) {
		return of(folder).stream().map(Uncompiled::warning).toList();
	}

	/** Every file (or hidden folder, or extra sheet) not compiled, by path; past {@link #NAMED}, counted. */
	public static List<Uncompiled> of(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		Path name = folder.toAbsolutePath().normalize().getFileName();
		String prefix = (name == null ? "rules" : name.toString()) + "/";
		List<Uncompiled> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
						String path = prefix + relative(folder, dir) + "/";
						found.add(new Uncompiled(path, path + " is not read: a hidden folder"));
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (!dir.equals(folder) && RuleFolder.isRead(relative(folder, dir))) {
						String path = prefix + relative(folder, dir);
						found.add(new Uncompiled(path, path + " is not compiled: a folder, not a file"));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					String path = prefix + relative(folder, file);
					found.add(new Uncompiled(path, path + " is not read: it cannot be opened (check its permissions)"));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					String relative = relative(folder, file);
					String why = notAFile(file, attrs);
					why = why == null ? why(relative) : why;
					if (why != null) {
						found.add(new Uncompiled(prefix + relative, prefix + relative + " is not compiled: " + why));
					}
					else if (isWorkbook(relative)) {
						laterSheets(file).forEach(sheet -> found.add(new Uncompiled(prefix + relative + "!" + sheet,
								prefix + relative + "!" + sheet + " is not compiled: only the first sheet of a decision table is")));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rules folder " + folder, ex);
		}
		found.sort(java.util.Comparator.comparing(Uncompiled::path));
		if (found.size() > NAMED) {
			int more = found.size() - NAMED;
			List<Uncompiled> named = new ArrayList<>(found.subList(0, NAMED));
			named.add(new Uncompiled(prefix, prefix + ": " + more + " more files are not compiled"));
			return List.copyOf(named);
		}
		return List.copyOf(found);
	}

	private static String relative(Path folder, Path path) {
		return folder.relativize(path).toString().replace('\\', '/');
	}

	/** Why a file is not compiled, or null when it is compiled or is one the folder is meant to hold. */
	static String why(String relative) {
		String file = relative.substring(relative.lastIndexOf('/') + 1);
		String lower = file.toLowerCase(Locale.ROOT);
		if (file.startsWith("~$")) {
			return "a spreadsheet's lock file (is the table open in Excel or LibreOffice?)";
		}
		if (file.startsWith(".")) {
			return "a hidden file; only .drl files and .xlsx decision tables are";
		}
		boolean inTests = relative.startsWith("tests/");
		if (RuleFile.isRules(relative)) {
			return null;
		}
		if (relative.equals(FactWindow.FILE) || lower.endsWith(".md") || lower.endsWith(".txt")
				|| (inTests && (lower.endsWith(".yml") || lower.endsWith(".yaml")))) {
			return null;
		}
		if (lower.endsWith(".csv") || lower.endsWith(".xls")) {
			return "only .drl files and .xlsx decision tables are (a decision table is read from an .xlsx workbook only)";
		}
		return "only .drl files and .xlsx decision tables are";
	}

	/**
	 * Why an entry the folder's walk gives as a file is not one the engine can read, whatever its name
	 * (a {@code local.drl} linking to nothing, a {@code more.drl} linking to a folder), or null.
	 */
	static String notAFile(Path file, BasicFileAttributes attrs) {
		if (attrs.isSymbolicLink()) {
			if (!Files.exists(file)) {
				return "a link to nothing";
			}
			if (Files.isDirectory(file)) {
				return "a link to a folder, not a file (a linked folder is not read)";
			}
			return Files.isRegularFile(file) ? null : "a link to something that is not a file";
		}
		return attrs.isRegularFile() ? null : "not a file";
	}

	private static boolean isWorkbook(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** The names of a workbook's sheets after the first (Drools compiles the first only). */
	private static List<String> laterSheets(Path file) {
		List<String> sheets = new ArrayList<>();
		try {
			if (Files.size(file) > RuleFolder.MAX_BYTES) {
				return sheets; // refused by its size when the folder is read, never opened here
			}
		}
		catch (IOException ex) {
			return sheets;
		}
		try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
			for (int s = 1; s < book.getNumberOfSheets(); s++) {
				sheets.add(book.getSheetName(s));
			}
		}
		catch (IOException | RuntimeException ex) {
			// an unreadable table is refused by the compiler, with its own message
		}
		return sheets;
	}
}
