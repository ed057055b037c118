package uk.placewise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * BENCH-ONLY. The peak heap in use (and the peak left after a collection, the live data): the heap just before each collection (GC notifications, which see
 * the highs a sampler misses) and a 20 ms sampler (which sees the heap between collections), whichever
 * is higher. {@link #reset()} starts a new phase.
 * <p>
 * The live data is read only after a full collection. After a young collection the heap still holds
 * every dead object the old generation has gathered since it was last collected, and a mixed one
 * collects only the old regions with the most garbage: on a national night at -Xmx1g both left 960 MB,
 * while the full collections of the same night left 198-446 MB (issue 17).
 */
public final class HeapWatch implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final AtomicLong overallPeak = new AtomicLong();

	private final AtomicLong liveAfterGc = new AtomicLong();

	private final List<Runnable> unregister = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	public HeapWatch() {
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
				record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
				if (fullCollection(info)) {
					liveAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
				}
			}
		};
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				unregister.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (Exception ex) {
						// already gone
					}
				});
			}
		}
		sampler = new Thread(() -> {
			while (running) {
				record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	/** A full collection: the only one after which the heap holds nothing dead (G1 compacts it all). */
	private static boolean fullCollection(GarbageCollectionNotificationInfo info) {
		return info.getGcAction().contains("major");
	}

	private static long heapUsed(Map<String, MemoryUsage> byPool) {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage u = byPool.get(pool.getName());
			if (pool.getType() == MemoryType.HEAP && u != null) {
				used += u.getUsed();
			}
		}
		return used;
	}

	private void record(long used) {
		peak.accumulateAndGet(used, Math::max);
		overallPeak.accumulateAndGet(used, Math::max);
	}

	/** The peak since the last reset, in bytes; then starts a new phase. */
	public long reset() {
		return peak.getAndSet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
	}

	/**
	 * The most the heap held just after a full collection: the live data, what -Xmx must fit; 0 when no
	 * full collection ran (the heap never came near -Xmx).
	 */
	public long peakAfterGc() {
		return liveAfterGc.get();
	}

	public long overallPeak() {
		return overallPeak.get();
	}

	public static long maxHeap() {
		return Runtime.getRuntime().maxMemory();
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		unregister.forEach(Runnable::run);
	}
}
