package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;

import uk.placewise.dashboard.DashboardAssembler;
import uk.placewise.panel.PanelPackAssembler;
import uk.placewise.report.pdf.DashboardModel;
import uk.placewise.report.pdf.DashboardPdf;
import uk.placewise.report.pdf.FlagStatus;
import uk.placewise.report.pdf.PanelPack;
import uk.placewise.report.pdf.PanelFlagView;
import uk.placewise.report.pdf.PanelPackPdf;
import uk.placewise.report.pdf.Severity;
import uk.placewise.run.OutputMode;

/** {@code placewise dashboard} and {@code placewise panel}: the PDFs built from what is stored. */
final class ReportCommands {

	private final ApplicationContext context;

	private final PrintStream out;

	private final PrintStream err;

	ReportCommands(ApplicationContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	static YearMonth month(CommandLine line) {
		String text = line.required("month");
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--month must be a month like 2026-10, not '" + text + "'");
		}
	}

	/** Who may read the PDFs (placewise.output.mode, owner-only by default). */
	private OutputMode mode() {
		return context.getBean(uk.placewise.PlacewiseProperties.class).output().outputMode();
	}

	int dashboard(CommandLine line) throws Exception {
		YearMonth month = month(line);
		Path dir = mode().folder(Path.of(line.required("out")));
		DashboardAssembler assembler = context.getBean(DashboardAssembler.class);
		DashboardModel model = assembler.assemble(month);
		Path pdf = dir.resolve("dashboard-" + month + ".pdf");
		new DashboardPdf(assembler.reports()).write(model, pdf);
		mode().file(pdf);
		boolean empty = model.rulesetVersion().isEmpty();
		out.println("placewise dashboard: ok: " + pdf + (empty ? " (no nightly run stored for " + month + ": the page says so)"
				: " from the run as of " + model.asOf() + ", " + model.top10().size() + " riskiest settings"
						+ (model.monthToDate() ? "; " + month + " is not complete: marked month to date" : "")));
		return Main.OK;
	}

	int panel(CommandLine line, LocalDate today) throws Exception {
		LocalDate asOf = line.asOf(today);
		Path dir = mode().folder(Path.of(line.required("out")));
		Optional<PanelPack> pack = context.getBean(PanelPackAssembler.class).assemble(asOf);
		if (pack.isEmpty()) {
			err.println("placewise panel: failed: no nightly run is stored on or before " + asOf
					+ "; run 'placewise nightly' first");
			return Main.FAILED;
		}
		Path pdf = dir.resolve("panel-pack-" + pack.get().asOf() + ".pdf");
		new PanelPackPdf(context.getBean(DashboardAssembler.class).reports()).write(pack.get(), pdf);
		mode().file(pdf);
		List<PanelFlagView> open = pack.get().flags().stream().filter(f -> f.status() != FlagStatus.RESOLVED).toList();
		long urgent = open.stream().filter(f -> f.severity() == Severity.URGENT).count();
		out.println("placewise panel: ok: " + pdf + ", " + open.size() + " open flags (" + urgent + " urgent), "
				+ (pack.get().flags().size() - open.size()) + " resolved, as of " + pack.get().asOf());
		return Main.OK;
	}

}
