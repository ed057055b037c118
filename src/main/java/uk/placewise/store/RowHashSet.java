package uk.placewise.store;

import java.util.HexFormat;

/**
 * The stored row hashes of one feed table, held compactly for one file's ingest: each SHA-1 (40 hex
 * digits, as {@code row_hash} keeps it) as three longs in an open-addressing table, about 50 bytes a row
 * rather than the 200 of a map of strings. A row whose hash is in the set is stored exactly as it comes
 * again: the hash is of every typed value, the key's included.
 */
final class RowHashSet {

	/** Three longs a slot: the hash's first 64 bits, the next 64, the last 32; all zero is an empty slot. */
	private long[] slots;

	private int size;

	private int mask;

	private boolean zero;

	RowHashSet(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected + expected / 3 + 1) * 2 - 1);
		this.slots = new long[capacity * 3];
		this.mask = capacity - 1;
	}

	int size() {
		return size;
	}

	/** Adds a 40-digit hex SHA-1; returns false when it was there already. */
	boolean add(String hex) {
		long a = part(hex, 0, 16);
		long b = part(hex, 16, 32);
		long c = part(hex, 32, 40);
		if ((a | b | c) == 0) {
			boolean added = !zero;
			zero = true;
			return added;
		}
		if ((size + 1) * 4L > (mask + 1L) * 3) {
			grow();
		}
		return put(a, b, c);
	}

	boolean contains(String hex) {
		long a = part(hex, 0, 16);
		long b = part(hex, 16, 32);
		long c = part(hex, 32, 40);
		if ((a | b | c) == 0) {
			return zero;
		}
		for (int i = index(a); ; i = (i + 1) & mask) {
			int s = i * 3;
			if ((slots[s] | slots[s + 1] | slots[s + 2]) == 0) {
				return false;
			}
			if (slots[s] == a && slots[s + 1] == b && slots[s + 2] == c) {
				return true;
			}
		}
	}

	private boolean put(long a, long b, long c) {
		for (int i = index(a); ; i = (i + 1) & mask) {
			int s = i * 3;
			if ((slots[s] | slots[s + 1] | slots[s + 2]) == 0) {
				slots[s] = a;
				slots[s + 1] = b;
				slots[s + 2] = c;
				size++;
				return true;
			}
			if (slots[s] == a && slots[s + 1] == b && slots[s + 2] == c) {
				return false;
			}
		}
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		mask = (mask + 1) * 2 - 1;
		size = 0;
		for (int s = 0; s < old.length; s += 3) {
			if ((old[s] | old[s + 1] | old[s + 2]) != 0) {
				put(old[s], old[s + 1], old[s + 2]);
			}
		}
	}

	/** SHA-1's bits are uniform: the first 64 spread the slots well; mixed anyway against a crafted table. */
	private int index(long a) {
		long h = a * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	/** Hex digits [from, to) as an unsigned number; a hash that is not 40 hex digits is refused. */
	private static long part(String hex, int from, int to) {
		if (hex.length() != 40) {
			throw new IllegalArgumentException("a row hash is 40 hex digits, not " + hex.length() + " characters");
		}
		return HexFormat.fromHexDigitsToLong(hex, from, to);
	}
}
