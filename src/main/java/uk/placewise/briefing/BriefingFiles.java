package uk.placewise.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.placewise.report.CsvFile;
import uk.placewise.report.pdf.Briefing;
import uk.placewise.report.pdf.BriefingPdf;

/**
 * Writes the briefings into a folder: one {@code briefing-URN-DUE.pdf} per visit and
 * {@code briefings.csv} listing them ({@code urn,setting_name,band,score,due,overdue,officer,file}), in the
 * schedule's order. Returns the files written, the list last.
 */
@Component
public class BriefingFiles {

	public static final String LIST = "briefings.csv";

	private final BriefingAssembler assembler;

	BriefingFiles(BriefingAssembler assembler) {
		this.assembler = assembler;
	}

	public List<Path> write(Briefings briefings, Path dir) throws IOException {
		BriefingPdf pdf = new BriefingPdf(assembler.reports());
		List<Path> written = new ArrayList<>();
		for (Briefings.Visit v : briefings.visits()) {
			Path file = dir.resolve(v.briefing().fileName());
			pdf.write(v.briefing(), file);
			written.add(file);
		}
		Path list = dir.resolve(LIST);
		try (CsvFile csv = CsvFile.create(list, List.of("urn", "setting_name", "band", "score", "due", "overdue",
				"officer", "file"))) {
			for (Briefings.Visit v : briefings.visits()) {
				Briefing b = v.briefing();
				csv.row(Arrays.asList(b.urn(), b.settingName(), b.band().label(), b.score(), b.due(),
						b.overdue() ? "yes" : "no", v.officer(), b.fileName()));
			}
		}
		written.add(list);
		return written;
	}
}
