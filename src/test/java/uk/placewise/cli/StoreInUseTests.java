package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.placewise.store.H2StoreFile;

/** Opening a store another process has: wait for a passing reader, for a bounded time, never for a run. */
class StoreInUseTests {

	static final H2StoreFile STORE = H2StoreFile.of("jdbc:h2:file:" + Path.of("target", "x", "placewise").toAbsolutePath()).orElseThrow();

	static SQLException inUse() {
		return new SQLException("Database may be already in use: \"placewise.mv.db\"", "90020", 90020);
	}

	@Test
	void retriesWhileAReaderHasTheStoreAndThenOpens() throws Exception {
		AtomicInteger tries = new AtomicInteger();
		String opened = new StoreInUse(Duration.ofSeconds(5), () -> false).retry(STORE, () -> {
			if (tries.incrementAndGet() < 3) {
				throw new IllegalStateException("wrapped", inUse());
			}
			return "open";
		});
		assertThat(opened).isEqualTo("open");
		assertThat(tries).hasValue(3);
	}

	@Test
	void failsAtOnceWhenAnotherRunHoldsTheRunLock() {
		AtomicInteger tries = new AtomicInteger();
		assertThatThrownBy(() -> new StoreInUse(Duration.ofSeconds(5), () -> true).retry(STORE, () -> {
			tries.incrementAndGet();
			throw inUse();
		})).isInstanceOf(SQLException.class);
		assertThat(tries).hasValue(1);
	}

	@Test
	void givesUpAfterTheBoundedWait() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> new StoreInUse(Duration.ofMillis(500), () -> false).retry(STORE, () -> {
			throw inUse();
		})).isInstanceOf(SQLException.class).hasMessageContaining("already in use");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
	}

	@Test
	void doesNotRetryAnyOtherFailure() {
		AtomicInteger tries = new AtomicInteger();
		assertThatThrownBy(() -> new StoreInUse(Duration.ofSeconds(5), () -> false).retry(STORE, () -> {
			tries.incrementAndGet();
			throw new SQLException("File corrupted", "90030", 90030);
		})).hasMessageContaining("corrupted");
		assertThat(tries).hasValue(1);
	}
}
