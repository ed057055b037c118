package uk.placewise.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** BENCH-ONLY. The machine a bench ran on, for the record beside its numbers. */
public final class Machine {

	private Machine() {
	}

	public static Map<String, Object> describe() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("processors", Runtime.getRuntime().availableProcessors());
		m.put("memory_mb", totalMemory() / (1024 * 1024));
		m.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		m.put("max_heap_mb", HeapWatch.maxHeap() / (1024 * 1024));
		m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
		return m;
	}

	public static String line() {
		return String.format(Locale.ROOT, "%d cores, %.1f GB RAM, Java %s, max heap %d MB, load average %.1f",
				Runtime.getRuntime().availableProcessors(), totalMemory() / 1073741824.0,
				System.getProperty("java.runtime.version"), HeapWatch.maxHeap() / (1024 * 1024),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static long totalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return 0;
	}
}
