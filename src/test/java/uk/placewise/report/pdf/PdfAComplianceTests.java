package uk.placewise.report.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report PDF passes veraPDF's PDF/A-2u profile (archival: fonts embedded, colour defined, text in
 * Unicode). All of them here, in one class: veraPDF takes seconds to start in each test JVM.
 */
class PdfAComplianceTests {

	@BeforeAll
	static void writeAll() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		new DashboardPdf().write(Fixtures.fullMonth(), Fixtures.out("pdfa/dashboard.pdf"));
		new PanelPackPdf().write(Fixtures.panelPack(6), Fixtures.out("pdfa/panel-pack.pdf"));
		new VisitSchedulePdf().write(Fixtures.schedule(30), Fixtures.out("pdfa/visit-schedule.pdf"));
		new BriefingPdf(ReportsFolder.defaults()).write(BriefingFixtures.busyHome(), Fixtures.out("pdfa/briefing.pdf"));
		RulesImpactPdfTests.write(RulesImpactPdfTests.view(6), "pdfa/rules-impact.pdf");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dashboard.pdf", "panel-pack.pdf", "visit-schedule.pdf", "briefing.pdf", "rules-impact.pdf" })
	void isPdfA2u(String name) throws Exception {
		// 2u is 2b (embedded fonts, sRGB output intent, matching XMP) plus Unicode for every glyph
		ValidationResult result = validate(Fixtures.out("pdfa/" + name), PDFAFlavour.PDFA_2_U);
		assertThat(failures(result)).as(name).isEmpty();
		assertThat(result.isCompliant()).isTrue();
	}

	private static ValidationResult validate(Path pdf, PDFAFlavour flavour) throws Exception {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			return validator.validate(parser);
		}
	}

	private static List<String> failures(ValidationResult result) {
		return result.getTestAssertions().stream()
			.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
			.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
					+ assertion.getMessage())
			.distinct()
			.collect(Collectors.toList());
	}

}
