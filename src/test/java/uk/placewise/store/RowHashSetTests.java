package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact set of stored row hashes holds exactly what was added, however many. */
class RowHashSetTests {

	@Test
	void holdsEveryHashAddedPastItsExpectedSizeAndNoOther() {
		Random random = new Random(7);
		RowHashSet set = new RowHashSet(10);
		String[] added = new String[5_000];
		for (int i = 0; i < added.length; i++) {
			added[i] = hex(random);
			assertThat(set.add(added[i])).isTrue();
		}
		assertThat(set.size()).isEqualTo(added.length);
		for (String hash : added) {
			assertThat(set.contains(hash)).isTrue();
			assertThat(set.add(hash)).isFalse();
		}
		for (int i = 0; i < 5_000; i++) {
			assertThat(set.contains(hex(random))).isFalse();
		}
	}

	@Test
	void tellsHashesApartThatDifferOnlyInTheirLastDigits() {
		RowHashSet set = new RowHashSet(4);
		String a = "0123456789abcdef0123456789abcdef01234567";
		set.add(a);
		assertThat(set.contains("0123456789abcdef0123456789abcdef01234568")).isFalse();
		assertThat(set.contains("0123456789abcdef1123456789abcdef01234567")).isFalse();
		assertThat(set.contains(a)).isTrue();
	}

	@Test
	void theAllZeroHashIsAHashLikeAnyOther() {
		RowHashSet set = new RowHashSet(4);
		String zero = "0".repeat(40);
		assertThat(set.contains(zero)).isFalse();
		set.add(zero);
		assertThat(set.contains(zero)).isTrue();
	}

	@Test
	void refusesWhatIsNotAFortyDigitHash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RowHashSet(4).contains("abc"));
	}

	private static String hex(Random random) {
		byte[] bytes = new byte[20];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
