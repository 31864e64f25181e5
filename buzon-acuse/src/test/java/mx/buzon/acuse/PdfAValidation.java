package mx.buzon.acuse;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (the PDF Association's reference validator) checking PDF/A-3B, initialised once per test JVM because
 * loading its profiles takes seconds. Tests run on one thread, so the one validator is never shared at once.
 */
final class PdfAValidation {

    private static PDFAValidator validator;

    private PdfAValidation() {
    }

    /** @return the failed rules, as "clause-test: message (context)"; empty when the PDF is PDF/A-3B */
    static synchronized List<String> failures(byte[] pdf) throws Exception {
        if (validator == null) {
            VeraGreenfieldFoundryProvider.initialise();
            validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage() + " (" + a.getLocationContext() + ")")
                    .distinct()
                    .collect(Collectors.toList());
            if (!result.isCompliant() && failed.isEmpty()) {
                failed = List.of("not compliant: " + result.getJobEndStatus());
            }
            return failed;
        }
    }
}
