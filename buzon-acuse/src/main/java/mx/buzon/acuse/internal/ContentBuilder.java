package mx.buzon.acuse.internal;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.LabeledValue;
import mx.buzon.acuse.LayoutBlock;

/** Turns an {@link AcuseLayout} into the rows of the body, in reading order. */
final class ContentBuilder {

    /** Side of one QR module: 2.4 pt is 5 pixels at 150 dpi, so a 150 dpi rendering decodes reliably. */
    static final float QR_MODULE = 2.4f;

    static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);

    private static final float GAP_SMALL = 4f;
    private static final float GAP = 9f;
    private static final float GAP_LARGE = 14f;
    private static final float LABEL_COLUMN_MAX = 0.42f * Page.WIDTH;
    private static final float LABEL_COLUMN_PADDING = 10f;
    private static final float QR_TEXT_GAP = 4f;
    /** The QR symbol's left edge is on the margin; its quiet zone lies in the (empty) left margin. */
    private static final float QR_X = Page.LEFT - Row.QrBlock.QUIET_MODULES * QR_MODULE;
    /** Beyond this height the firma, sello and cadena no longer sit beside the QR code but flow full width. */
    private static final float MAX_BESIDE_QR = 300f;

    private final AcuseLayout layout;
    private final List<Row> rows = new ArrayList<>();

    private ContentBuilder(AcuseLayout layout) {
        this.layout = layout;
    }

    static List<Row> rows(AcuseLayout layout) {
        return new ContentBuilder(layout).build();
    }

    private List<Row> build() {
        for (String line : Wrap.words(layout.title(), Style.TITLE, Page.WIDTH)) {
            rows.add(new Row.Line(Style.TITLE, line, Page.LEFT, Page.WIDTH, Row.Align.CENTER, false));
        }
        rows.add(new Row.Gap(GAP));
        fechaYFolio();
        rows.add(new Row.Gap(GAP_LARGE));
        layout.particularHeading().ifPresent(this::heading);
        fields(layout.particular());
        for (LayoutBlock block : layout.body()) {
            block(block, Style.BODY);
        }
        rows.add(new Row.Gap(GAP));
        signatures();
        rows.add(new Row.Gap(GAP));
        for (LayoutBlock note : layout.notes()) {
            block(note, Style.NOTE);
        }
        return rows;
    }

    private void fechaYFolio() {
        String fecha = "Fecha: " + FECHA.format(layout.fecha()) + " h (Zona Centro de México)";
        String folio = "Folio: " + layout.folio();
        float room = Page.WIDTH - 5 * Row.Band.PADDING;
        if (Style.BODY_BOLD.width(fecha) + Style.BODY_BOLD.width(folio) + 20 <= room) {
            rows.add(new Row.Band(Style.BODY_BOLD, fecha, folio, Page.LEFT, Page.WIDTH));
        } else {
            rows.add(new Row.Band(Style.BODY_BOLD, fecha, "", Page.LEFT, Page.WIDTH));
            rows.add(new Row.Band(Style.BODY_BOLD, folio, "", Page.LEFT, Page.WIDTH));
        }
        layout.zonaDomicilio().ifPresent(zone -> {
            rows.add(new Row.Gap(3f));
            for (String line : Wrap.words(domicilio(layout.fecha(), zone), Style.SMALL, Page.WIDTH)) {
                rows.add(new Row.Line(Style.SMALL, line, Page.LEFT, Page.WIDTH, Row.Align.LEFT, false));
            }
        });
    }

    static String domicilio(ZonedDateTime fecha, ZoneId zone) {
        ZonedDateTime local = fecha.withZoneSameInstant(zone);
        return "Fecha y hora en el huso horario del domicilio fiscal (" + zone.getId() + ", UTC"
                + local.getOffset().getId() + "): " + FECHA.format(local) + " h";
    }

    private void heading(String text) {
        rows.add(new Row.Gap(GAP_SMALL));
        List<String> lines = Wrap.words(text, Style.HEADING, Page.WIDTH);
        for (String line : lines) {
            rows.add(new Row.Line(Style.HEADING, line, Page.LEFT, Page.WIDTH, Row.Align.LEFT, true));
        }
        rows.add(new Row.Gap(2f));
    }

    private void block(LayoutBlock block, Style style) {
        if (block instanceof LayoutBlock.Heading heading) {
            heading(heading.text());
        } else if (block instanceof LayoutBlock.Paragraph paragraph) {
            paragraph(paragraph.text(), style);
        } else if (block instanceof LayoutBlock.Fields fields) {
            fields(fields.fields());
        }
    }

    private void paragraph(String text, Style style) {
        rows.add(new Row.Gap(GAP_SMALL));
        for (String hardLine : text.split("\n", -1)) {
            List<String> lines = Wrap.words(hardLine, style, Page.WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                Row.Align align = i < lines.size() - 1 ? Row.Align.JUSTIFY : Row.Align.LEFT;
                // No paragraph starts or ends with a single line on a page (no widows or orphans).
                boolean keep = lines.size() > 1 && (i == 0 || i == lines.size() - 2);
                rows.add(new Row.Line(style, lines.get(i), Page.LEFT, Page.WIDTH, align, keep));
            }
        }
        rows.add(new Row.Gap(GAP_SMALL));
    }

    private void fields(List<LabeledValue> fields) {
        float widest = 0;
        for (LabeledValue field : fields) {
            widest = Math.max(widest, Style.LABEL.width(field.label() + ":"));
        }
        float labelColumn = Math.min(widest + LABEL_COLUMN_PADDING, LABEL_COLUMN_MAX);
        float valueX = Page.LEFT + labelColumn;
        float valueWidth = Page.WIDTH - labelColumn;
        for (LabeledValue field : fields) {
            List<String> labels = Wrap.words(field.label() + ":", Style.LABEL, labelColumn - LABEL_COLUMN_PADDING);
            List<String> values = Wrap.words(field.value(), Style.BODY, valueWidth);
            int count = Math.max(labels.size(), values.size());
            for (int i = 0; i < count; i++) {
                rows.add(new Row.Field(i < labels.size() ? labels.get(i) : "",
                        i < values.size() ? values.get(i) : "", Page.LEFT, valueX, i < labels.size() - 1));
            }
            rows.add(new Row.Gap(1.5f));
        }
    }

    /**
     * The firma, sello and cadena beside the QR code when they are short enough to keep together (the usual
     * case), otherwise full width and flowing across pages, followed by the QR code with the URL beside it.
     */
    private void signatures() {
        ByteMatrix matrix = qr(layout.verificationUrl());
        float side = Row.QrBlock.side(matrix, QR_MODULE);
        float besideX = QR_X + side + QR_TEXT_GAP;
        float besideWidth = Page.RIGHT - besideX;
        List<Row> beside = code(besideX, besideWidth);
        Row.QrBlock compact = new Row.QrBlock(matrix, QR_MODULE, QR_X, beside);
        if (compact.besideHeight() <= MAX_BESIDE_QR) {
            rows.add(compact);
            rows.add(new Row.Gap(GAP_SMALL));
            String verification = "Verificación del acuse: escanee el código QR o ingrese a " + layout.verificationUrl();
            for (String line : Wrap.words(verification, Style.SMALL, Page.WIDTH)) {
                rows.add(new Row.Line(Style.SMALL, line, Page.LEFT, Page.WIDTH, Row.Align.LEFT, false));
            }
            return;
        }
        rows.addAll(code(Page.LEFT, Page.WIDTH));
        List<Row> url = new ArrayList<>();
        url.add(new Row.Line(Style.LABEL, "Verificación del acuse", besideX, besideWidth, Row.Align.LEFT, false));
        for (String line : Wrap.words("Escanee el código QR o ingrese a la siguiente dirección para verificar"
                + " la autenticidad de este acuse:", Style.SMALL, besideWidth)) {
            url.add(new Row.Line(Style.SMALL, line, besideX, besideWidth, Row.Align.LEFT, false));
        }
        for (String line : Wrap.chars(layout.verificationUrl(), Style.CODE, besideWidth)) {
            url.add(new Row.Line(Style.CODE, line, besideX, besideWidth, Row.Align.LEFT, false));
        }
        rows.add(new Row.QrBlock(matrix, QR_MODULE, QR_X, url));
    }

    /** Firma (when present), sello and cadena: labels and text broken between any two characters. */
    private List<Row> code(float x, float width) {
        List<Row> code = new ArrayList<>();
        layout.firmaParticular().ifPresent(firma ->
                code(code, "Firma Electrónica Avanzada del Particular:", firma, x, width));
        code(code, "Sello Digital:", layout.selloDigital(), x, width);
        code(code, "Cadena Original:", layout.cadenaOriginal(), x, width);
        code.remove(code.size() - 1);
        return code;
    }

    private static void code(List<Row> code, String label, String text, float x, float width) {
        code.add(new Row.Line(Style.LABEL, label, x, width, Row.Align.LEFT, true));
        for (String line : Wrap.chars(text, Style.CODE, width)) {
            code.add(new Row.Line(Style.CODE, line, x, width, Row.Align.LEFT, false));
        }
        code.add(new Row.Gap(GAP_SMALL));
    }

    private static ByteMatrix qr(String url) {
        try {
            return Encoder.encode(url, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("verificationUrl does not fit in a QR code: " + url, e);
        }
    }
}
