package uk.placewise.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An inbox file's bytes, read as a stream and never held whole (issue 15, case 7): its SHA-256, and
 * its content for reading, each stopped with an error the moment more than the size cap has been read
 * (a file that grows while it is read, or a device that never ends). The content stream hashes what it
 * reads, so the ingester can tell that the file it read is the file it hashed.
 */
final class InboxFile {

	private InboxFile() {
	}

	/** The SHA-256 of the file's content; fails when it has more than {@code maxBytes}. */
	static String sha256(Path file, long maxBytes) throws IOException {
		try (Content in = open(file, maxBytes)) {
			in.transferTo(OutputStream.nullOutputStream());
			return in.sha256();
		}
	}

	static Content open(Path file, long maxBytes) throws IOException {
		return new Content(Files.newInputStream(file), file.getFileName().toString(), maxBytes);
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A file's bytes as read, hashed on the way, at most {@code maxBytes} of them. */
	static final class Content extends FilterInputStream {

		private final MessageDigest digest = digest();

		private final String name;

		private final long maxBytes;

		private long read;

		private Content(InputStream in, String name, long maxBytes) {
			super(in);
			this.name = name;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				read += n;
				if (read > maxBytes) {
					throw new IOException(name + " grew past " + maxBytes / (1024 * 1024)
							+ " MB while it was being read (placewise.ingest.max-file-mb): not read");
				}
				digest.update(b, off, n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			throw new IOException("not skipped: every byte is hashed");
		}

		/** The SHA-256 of the rest of the file and what was read of it before. */
		String drainedSha256() throws IOException {
			transferTo(OutputStream.nullOutputStream());
			return sha256();
		}

		private String sha256() {
			return HexFormat.of().formatHex(digest.digest());
		}
	}
}
