package uk.placewise.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.store.IngestedFile;

/**
 * Which inbox files an ingest step still has to read, planned once per step execution. A file this run
 * has not recorded is read. A file it recorded (a restarted run, after a kill) is read again unless it
 * still has the content it was recorded with: a name is not a content, and an export replaced in the
 * inbox between the kill and the restart must not be skipped (issue 15, case 2). A file recorded with no
 * content hash (too large, or failed) is tried again.
 */
@Component
public class InboxQueue {

	private final Map<Long, Deque<Path>> planned = new ConcurrentHashMap<>();

	private final long maxBytes;

	InboxQueue(PlacewiseProperties properties) {
		this.maxBytes = properties.ingest().maxFileMb() * 1024 * 1024;
	}

	/** The next file to read in this step execution, or null when there is none left. */
	Path next(StepExecution step, List<Path> inbox, List<IngestedFile> recorded) {
		Long id = Objects.requireNonNull(step.getId());
		Deque<Path> queue = planned.computeIfAbsent(id, k -> plan(inbox, recorded));
		Path next = queue.poll();
		if (next == null) {
			planned.remove(id);
		}
		return next;
	}

	/**
	 * True when the inbox is still what a run's finished ingest step took: every file it recorded is there
	 * with the content it was recorded with, and there is no file it did not record. A night restarted
	 * after its ingest step must otherwise be run afresh: a restart would publish what the old files said.
	 */
	public boolean stillAsTaken(Path inbox, List<IngestedFile> recorded) throws IOException {
		Map<String, Path> present = new java.util.HashMap<>();
		IngestTasklet.inboxFiles(inbox).forEach(f -> present.put(f.getFileName().toString(), f));
		IngestTasklet.notRegularFiles(inbox).forEach(f -> present.put(f.getFileName().toString(), f));
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (IngestedFile file : recorded) {
			String name = file.fileName().contains("#") ? file.fileName().substring(0, file.fileName().indexOf('#'))
					: file.fileName();
			Path now = present.get(name);
			if (now == null) {
				return false;
			}
			if (taken.add(name) && file.sha256() != null && Files.isRegularFile(now)) {
				String sha = sha256(now);
				boolean same = name.equals(file.fileName()) ? file.sha256().equals(sha) : sha != null && FileIngester
					.sha256((sha + "#" + file.fileName()).getBytes(StandardCharsets.UTF_8))
					.equals(file.sha256());
				if (!same) {
					return false;
				}
			}
		}
		return taken.containsAll(present.keySet());
	}

	private Deque<Path> plan(List<Path> inbox, List<IngestedFile> recorded) {
		Map<String, IngestedFile> byName = recorded.stream()
			.collect(Collectors.toMap(IngestedFile::fileName, Function.identity(), (a, b) -> b));
		Deque<Path> queue = new ArrayDeque<>();
		for (Path file : inbox) {
			String name = file.getFileName().toString();
			IngestedFile earlier = byName.get(name);
			if (earlier == null) {
				// a workbook or XML return is recorded by its tables, file#sheet, each hashed from the file's hash
				IngestedFile part = recorded.stream().filter(r -> r.fileName().startsWith(name + "#")).findFirst().orElse(null);
				String sha = part == null || part.sha256() == null ? null : sha256(file);
				if (sha == null || !FileIngester.sha256((sha + "#" + part.fileName()).getBytes(StandardCharsets.UTF_8))
					.equals(part.sha256())) {
					queue.add(file);
				}
			}
			else if (earlier.sha256() == null || !earlier.sha256().equals(sha256(file))) {
				queue.add(file);
			}
		}
		return queue;
	}

	private String sha256(Path file) {
		try {
			return Files.size(file) > maxBytes ? null : InboxFile.sha256(file, maxBytes);
		}
		catch (IOException ex) {
			return null;
		}
	}
}
