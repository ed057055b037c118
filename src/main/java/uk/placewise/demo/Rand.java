package uk.placewise.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness. Each part of the inbox draws from its own stream, derived from the seed and a label (and
 * an index), so that changing how much one part draws never shifts another: the same seed, scale and as-of give
 * byte-identical files. No wall clock, no hash-ordered collections.
 */
final class Rand {

	private final SplittableRandom random;

	private Rand(long seed) {
		this.random = new SplittableRandom(seed);
	}

	static Rand of(long seed, String label, long index) {
		long h = seed;
		for (int i = 0; i < label.length(); i++) {
			h = mix(h ^ label.charAt(i));
		}
		return new Rand(mix(h ^ mix(index + 0x9E3779B97F4A7C15L)));
	}

	/** SplitMix64 finaliser: spreads nearby seeds apart. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	double unit() {
		return this.random.nextDouble();
	}

	boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

	/** Uniform in [lo, hi], both included. */
	int between(int lo, int hi) {
		return lo + this.random.nextInt(hi - lo + 1);
	}

	LocalDate dateBetween(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return (days <= 0) ? from : from.plusDays(this.random.nextLong(days + 1));
	}

	double gaussian(double mean, double sd) {
		// Box-Muller, so the stream does not depend on java.util.Random's cached second value
		double u1 = 1.0 - this.random.nextDouble();
		double u2 = this.random.nextDouble();
		return mean + sd * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	/** Index drawn with probability proportional to its weight. */
	int weighted(int[] weights) {
		long total = 0;
		for (int w : weights) {
			total += w;
		}
		long r = this.random.nextLong(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		throw new IllegalStateException("weights sum to zero");
	}

	int weighted(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = this.random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	<T> T pick(T[] items) {
		return items[this.random.nextInt(items.length)];
	}

	/** Count of events from a Poisson distribution (Knuth; fine for the small means used here). */
	int poisson(double mean) {
		double limit = Math.exp(-mean);
		double p = 1.0;
		int k = 0;
		do {
			k++;
			p *= this.random.nextDouble();
		}
		while (p > limit);
		return k - 1;
	}

	/** Exponentially distributed duration in days, at least one. */
	int expDays(double meanDays) {
		return 1 + (int) (-meanDays * Math.log(1.0 - this.random.nextDouble()));
	}

}
