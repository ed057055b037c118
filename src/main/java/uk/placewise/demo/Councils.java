package uk.placewise.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic councils of a scale. Council 1 is always in Manchester's area with the planted scenarios'
 * home sectors; a region is ten councils around the North West and West Midlands; England is 153 councils spread
 * over the regions as the settings are, with sizes that vary as real councils' do (a few large, many small).
 */
final class Councils {

	private Councils() {
	}

	static List<Council> of(Scale scale, long seed, Geography geography) {
		Rand rand = Rand.of(seed, "councils", 0);
		int n = scale.councils();
		double[] weights = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			// lognormal sizes: English councils look after from under 100 to over 2,000 children
			weights[i] = (n == 1) ? 1 : Math.exp(rand.gaussian(0, (scale == Scale.NATIONAL) ? 0.6 : 0.3));
			total += weights[i];
		}
		List<Council> councils = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int number = i + 1;
			int children = (int) Math.round(scale.children() * weights[i] / total);
			int anchor;
			List<String> sectors = new ArrayList<>();
			if (number == 1) {
				anchor = Geography.HOME_ANCHOR;
				sectors.addAll(PlantedKit.HOME_SECTORS);
				children = Math.max(children, 400);
			}
			else if (scale == Scale.REGION) {
				anchor = i % 8; // North West and West Midlands anchors
			}
			else {
				int region = rand.weighted(java.util.Arrays.copyOf(OfstedMix.REGION_ROWS, 8));
				anchor = rand.pick(Geography.anchorsOfRegion(region));
			}
			while (sectors.size() < 5) {
				String sector = Geography.randomSector(anchor, rand);
				if (!sectors.contains(sector)) {
					sectors.add(sector);
				}
			}
			for (String sector : sectors) {
				geography.use(anchor, sector);
			}
			councils.add(new Council(number, anchor, List.copyOf(sectors), children));
		}
		return councils;
	}

}
