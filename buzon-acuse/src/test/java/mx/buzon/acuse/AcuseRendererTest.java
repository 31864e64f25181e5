package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** The acuse PDF as the brief and ISO 19005-3 (PDF/A-3b) describe it. */
class AcuseRendererTest {

    private static final AcuseRenderer RENDERER = AcuseRenderer.standard();
    private static final Instant ACUSE_INSTANT = Instant.parse("2026-03-13T16:07:15Z");
    private static final float PAGE_WIDTH = 612f;
    private static final float MARGIN = 50f;

    @Test
    void render_onePageAcuse_isValidPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(SampleAcuses.autorizacion().build());

        assertThat(pageCount(pdf)).isEqualTo(1);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void render_longCadenaAndLegalText_flowsOntoMorePagesAndIsValidPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(SampleAcuses.multiPage().build());

        assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(3);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void pdfAValidation_plainPdfBoxDocument_fails() throws Exception {
        assertThat(PdfAValidation.failures(AcuseReaderTest.plainPdf())).isNotEmpty();
    }

    @Test
    void render_everyPage_saysPaginaNDeM() throws Exception {
        byte[] pdf = RENDERER.render(SampleAcuses.multiPage().build());
        int pages = pageCount(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Página " + page + " de " + pages)
                        .contains("Paseo de la Reforma 476");
            }
        }
    }

    @Test
    void render_text_extractsFolioRfcAccentedNamesAndFirmaWithoutLigatures() throws Exception {
        String text = text(RENDERER.render(SampleAcuses.autorizacion().build()));

        assertThat(text).contains("Folio: " + SampleAcuses.FOLIO)
                .contains(SampleAcuses.RFC)
                .contains(SampleAcuses.NOMBRE)
                .contains(SampleAcuses.SPANISH)
                .contains("Firma Electrónica Avanzada del Particular")
                .contains("firma", "flujo", "Fecha: 13/03/2026 10:07:15 h (Zona Centro de México)")
                .contains("Fecha y hora en el domicilio fiscal, Zona Noroeste (Tijuana, B.C.), 1 hora menos que en la Zona "
                        + "Centro: 13/03/2026 09:07:15 h")
                .doesNotContain("America/Tijuana", "UTC-")
                .doesNotContain("\uFB01", "\uFB02");
    }

    @Test
    void render_rfcWithAmpersandAndEnye_extractsExactly() throws Exception {
        String text = text(RENDERER.render(SampleAcuses.autorizacion()
                .particular("RFC del representante", "A&A050908GT0")
                .particular("Razón social", "PEÑA & ASOCIADOS, S.A. DE C.V.").build()));

        assertThat(text).contains("A&A050908GT0", "PEÑA & ASOCIADOS, S.A. DE C.V.");
    }

    @Test
    void render_justifiedParagraphs_extractWithSingleSpaces() throws Exception {
        String text = text(RENDERER.render(SampleAcuses.autorizacion().build()));

        String flattened = text.replaceAll("\\s*\\n\\s*", " ");
        assertThat(flattened).contains(SampleAcuses.LEGAL_32D).contains(SampleAcuses.NO_PREJUZGA);
    }

    @Test
    void render_cadenaWithoutSpaces_wrapsByCharacterWithinTheMarginsAndKeepsEveryCharacter() throws Exception {
        AcuseLayout layout = SampleAcuses.multiPage().build();
        byte[] pdf = RENDERER.render(layout);

        List<TextPosition> glyphs = glyphs(pdf);
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(MARGIN - 0.5f);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(PAGE_WIDTH - MARGIN + 0.5f);
        });
        String compact = AcuseReader.standard().read(pdf).bodyText().replaceAll("\\s+", "");
        assertThat(compact).contains(layout.cadenaOriginal().replaceAll("\\s+", ""))
                .contains(layout.selloDigital());
    }

    @Test
    void render_longestFolio_putsFechaAndFolioOnTheirOwnLines() throws Exception {
        String folio = "BI-20260313-" + "1234567890".repeat(5) + "12";
        byte[] pdf = RENDERER.render(SampleAcuses.autorizacion().folio(folio).build());

        assertThat(text(pdf)).contains("Fecha: 13/03/2026 10:07:15 h (Zona Centro de México)\nFolio: " + folio);
    }

    @Test
    void render_sameLayoutTwice_givesIdenticalBytes() {
        assertThat(RENDERER.render(SampleAcuses.multiPage().build()))
                .isEqualTo(RENDERER.render(SampleAcuses.multiPage().build()));
    }

    @Test
    void render_inFourThreads_givesIdenticalBytes() throws Exception {
        AcuseLayout one = SampleAcuses.autorizacion().build();
        AcuseLayout many = SampleAcuses.multiPage().build();
        byte[] expectedOne = RENDERER.render(one);
        byte[] expectedMany = RENDERER.render(many);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> ones = new ArrayList<>();
            List<Future<byte[]>> manys = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ones.add(pool.submit(() -> RENDERER.render(one)));
                manys.add(pool.submit(() -> RENDERER.render(many)));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(ones.get(i).get()).isEqualTo(expectedOne);
                assertThat(manys.get(i).get()).isEqualTo(expectedMany);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void render_differentData_givesDifferentFileIdentifier() throws Exception {
        byte[] first = RENDERER.render(SampleAcuses.autorizacion().build());
        byte[] second = RENDERER.render(SampleAcuses.autorizacion()
                .json("{\"folio\":\"otro\"}".getBytes(StandardCharsets.UTF_8)).build());

        assertThat(fileId(first)).hasSize(16).isNotEqualTo(fileId(second));
    }

    @Test
    void render_metadata_isPdfA3bWithTheAcuseInstantInXmpAndInfo() throws Exception {
        AcuseLayout layout = SampleAcuses.autorizacion().build();
        try (PDDocument document = Loader.loadPDF(RENDERER.render(layout))) {
            XMPMetadata xmp = new DomXmpParser().parse(
                    document.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(layout.title());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(ACUSE_INSTANT);
            assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant()).isEqualTo(ACUSE_INSTANT);
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(document.getDocumentInformation().getProducer());
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(ACUSE_INSTANT);
            assertThat(created.getTimeZone().getOffset(created.getTimeInMillis())).isEqualTo(-6 * 3600 * 1000);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(ACUSE_INSTANT);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(layout.title());
        }
    }

    @Test
    void render_catalog_hasTheJsonAsDataAssociatedFile() throws Exception {
        AcuseLayout layout = SampleAcuses.autorizacion().build();
        try (PDDocument document = Loader.loadPDF(RENDERER.render(layout))) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated).isNotNull();
            assertThat(associated.size()).isEqualTo(1);
            COSDictionary specDictionary = (COSDictionary) associated.getObject(0);
            assertThat(specDictionary.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            PDComplexFileSpecification spec = new PDComplexFileSpecification(specDictionary);
            assertThat(spec.getFileUnicode()).isEqualTo("acuse.json");
            PDEmbeddedFile file = spec.getEmbeddedFile();
            assertThat(file.getSubtype()).isEqualTo("application/json");
            assertThat(file.getModDate().toInstant()).isEqualTo(ACUSE_INSTANT);
            assertThat(file.toByteArray()).isEqualTo(layout.json());
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsOnlyKeys("acuse.json");
        }
    }

    @Test
    void render_fonts_areEmbeddedSubsetsOfLiberationSans() throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(SampleAcuses.autorizacion().build()))) {
            PDPage page = document.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2)
                    .allMatch(n -> n.matches("[A-Z]{6}\\+LiberationSans(-Bold)?"), "subset tag + Liberation Sans");
        }
    }

    /**
     * Every page's fonts, read back: the W array is the embedded program's hmtx (as veraPDF recomputes it), the
     * CIDs are the program's glyph ids, and no hinting table is left in the program.
     */
    @Test
    void render_fonts_widthsAreTheEmbeddedProgramsAndItHasNoHinting() throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(SampleAcuses.multiPage().build()))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                    COSDictionary cidFont = font.getDescendantFont().getCOSObject();
                    assertThat(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP)).isEqualTo(COSName.IDENTITY);
                    COSArray w = (COSArray) cidFont.getDictionaryObject(COSName.W);
                    COSArray widths = (COSArray) w.getObject(1);
                    byte[] program;
                    try (var in = font.getFontDescriptor().getFontFile2().createInputStream()) {
                        program = in.readAllBytes();
                    }
                    try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
                        assertThat(ttf.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ", "gasp");
                        assertThat(widths.size()).isEqualTo(ttf.getNumberOfGlyphs());
                        for (int cid = 0; cid < widths.size(); cid++) {
                            assertThat(((COSNumber) widths.getObject(cid)).floatValue()).as("%s CID %d", name, cid)
                                    .isEqualTo(ttf.getAdvanceWidth(cid) * 1000f / ttf.getUnitsPerEm());
                        }
                    }
                }
            }
        }
    }

    @Test
    void render_outputIntent_isSrgb() throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(SampleAcuses.autorizacion().build()))) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            byte[] profile = intents.get(0).getDestOutputIntent().createInputStream().readAllBytes();
            assertThat(new String(profile, 36, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("acsp");
            assertThat(new String(profile, java.nio.charset.StandardCharsets.US_ASCII)).contains("sRGB IEC61966-2.1");
            assertThat(java.awt.color.ICC_Profile.getInstance(profile).getColorSpaceType())
                    .isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
        }
    }

    @Test
    void render_characterTheFontsCannotDraw_throwsIaeNamingIt() {
        AcuseLayout layout = SampleAcuses.autorizacion().particular("Nombre", "漢字").build();

        assertThatThrownBy(() -> RENDERER.render(layout))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+6F22").hasMessageContaining("particular");
    }

    @Test
    void render_withoutFirmaOrHeadingOrZone_omitsThem() throws Exception {
        AcuseLayout layout = AcuseLayout.builder().title("Acuse de validación de mecanismos de comunicación")
                .tipo("MEDIO_CONTACTO_VALIDADO").fecha(SampleAcuses.FRIDAY_2026_03_13_1007).folio("BI-1")
                .noParticularHeading().particular("RFC", SampleAcuses.RFC)
                .selloDigital("QUJD").cadenaOriginal("||Folio:BI-1||").verificationUrl("https://x.mx/v?f=BI-1")
                .json("{}".getBytes(StandardCharsets.UTF_8)).build();

        byte[] pdf = RENDERER.render(layout);

        assertThat(text(pdf)).doesNotContain("Firma Electrónica Avanzada", "domicilio fiscal",
                AcuseLayout.DEFAULT_PARTICULAR_HEADING);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] fileId(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(pdf).readAllBytes())) {
            return ((org.apache.pdfbox.cos.COSString) document.getDocument().getTrailer()
                    .getCOSArray(COSName.ID).getObject(0)).getBytes();
        }
    }

    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }
}
