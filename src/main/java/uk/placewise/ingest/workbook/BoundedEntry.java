package uk.placewise.ingest.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import uk.placewise.ingest.tables.ReadLimits;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * A zip entry read with a zip-bomb guard, as Apache POI's ZipSecureFile guards XLSX: the inflated
 * bytes may not pass {@link ReadLimits#MAX_ENTRY_BYTES}, nor grow more than 1 /
 * {@link ReadLimits#MIN_INFLATE_RATIO} times the entry's compressed size. Counted as read, so a
 * size the archive declares falsely changes nothing.
 */
final class BoundedEntry extends FilterInputStream {

	/** Small entries compress far better than large ones; the ratio is judged only past this. */
	private static final long GRACE_BYTES = 1024 * 1024;

	private final String name;

	private final long compressed;

	private long inflated;

	private BoundedEntry(InputStream in, String name, long compressed) {
		super(in);
		this.name = name;
		this.compressed = compressed;
	}

	static InputStream open(ZipFile zip, ZipEntry entry, String file) throws IOException {
		String name = file + " (" + entry.getName() + ")";
		if (entry.getSize() > ReadLimits.MAX_ENTRY_BYTES) {
			throw tooLarge(name);
		}
		return new BoundedEntry(zip.getInputStream(entry), name, entry.getCompressedSize());
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) {
		inflated += n;
		if (inflated > ReadLimits.MAX_ENTRY_BYTES) {
			throw tooLarge(name);
		}
		if (inflated > GRACE_BYTES && compressed >= 0 && compressed < inflated * ReadLimits.MIN_INFLATE_RATIO) {
			throw new UnreadableTable(name + " inflates more than " + Math.round(1 / ReadLimits.MIN_INFLATE_RATIO)
					+ " times its compressed size: a zip bomb, not read");
		}
	}

	private static UnreadableTable tooLarge(String name) {
		return new UnreadableTable(name + " is larger than " + ReadLimits.MAX_ENTRY_BYTES / (1024 * 1024)
				+ " MB uncompressed: not read");
	}
}
