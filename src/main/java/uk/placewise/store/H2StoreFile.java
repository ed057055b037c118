package uk.placewise.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The embedded store's file, from its JDBC URL: {@code jdbc:h2:file:/srv/placewise/data/placewise;...}
 * is {@code /srv/placewise/data/placewise.mv.db}. H2 makes a new empty database wherever that file is
 * missing <em>or empty</em>, so a store truncated to 0 bytes would silently become a new store with no
 * history: {@link #checkNotDamaged} refuses it first.
 */
public record H2StoreFile(Path base, String options) {

	static final String SUFFIX = ".mv.db";

	/** An MVStore file starts with a header block "H:2,..." at 0, repeated at 4096. */
	private static final byte[] HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

	/** The store file of an H2 file URL; empty for PostgreSQL, H2 in memory or H2 over TCP. */
	public static Optional<H2StoreFile> of(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String rest = url.substring("jdbc:h2:".length());
		if (rest.startsWith("file:")) {
			rest = rest.substring("file:".length());
		}
		else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) {
			return Optional.empty();
		}
		int semicolon = rest.indexOf(';');
		String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
		String options = semicolon < 0 ? "" : rest.substring(semicolon);
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(new H2StoreFile(Path.of(name).toAbsolutePath().normalize(), options));
	}

	public Path file() {
		return base.resolveSibling(base.getFileName() + SUFFIX);
	}

	public String url() {
		return "jdbc:h2:file:" + base + options;
	}

	/** The same store options on another file beside this one. */
	H2StoreFile sibling(String suffix) {
		return new H2StoreFile(base.resolveSibling(base.getFileName() + suffix), options);
	}

	public boolean exists() {
		return Files.exists(file());
	}

	/**
	 * Refuses a store file that exists but is not an H2 database: empty (truncated), or garbage where
	 * both header blocks should be. A store that is damaged further in is H2's to find (and the message
	 * of {@code cli/Failures} gives the same advice).
	 */
	public void checkNotDamaged() {
		Path file = file();
		if (!Files.exists(file)) {
			return;
		}
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw damaged(file, "it is empty (0 bytes)");
			}
			byte[] start = new byte[4096 + HEADER.length];
			int read;
			try (InputStream in = Files.newInputStream(file)) {
				read = in.readNBytes(start, 0, start.length);
			}
			boolean first = read >= HEADER.length && Arrays.equals(start, 0, HEADER.length, HEADER, 0, HEADER.length);
			boolean second = read >= start.length && Arrays.equals(start, 4096, start.length, HEADER, 0, HEADER.length);
			if (!first && !second) {
				throw damaged(file, "it is not an H2 database (" + size + " bytes, no H2 header)");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the store file " + file, ex);
		}
	}

	static StoreRefusedException damaged(Path file, String why) {
		return new StoreRefusedException("the store " + file + " is damaged: " + why + "; nothing was changed. "
				+ "Restore it from a backup (placewise backup --to FILE makes one: unzip it into the data folder), "
				+ "or move it aside to start a new store deliberately (then run nightly with --new-store)");
	}
}
