package uk.placewise.store;

/** What writing one file's rows did: new keys, changed rows (old version kept in history), unchanged rows. */
public record StoreCounts(int inserted, int changed, int unchanged) {
}
