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

    /**
     * Side of one QR module: 3 pt (1.06 mm), whole pixels at 72 dpi (3 pixels, drawn on whole points), so a screen
     * rendering at 72 dpi decodes, and twice the 0.5 mm a phone camera needs from a printout. 2.4 pt (fractional
     * pixels) and 2 pt (2 pixels, blurred by anti-aliasing) fail to decode at 72 dpi on some acuses.
     */
    static final float QR_MODULE = 3f;
    /** Lines of a cadena, sello or firma kept in one unbreakable row when they flow across pages. */
    private static final int CODE_CHUNK_LINES = 8;

    static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);

    private static final float GAP_SMALL = 3f;
    private static final float LABEL_COLUMN_MAX = 0.5f * Page.WIDTH;
    private static final float LABEL_COLUMN_PADDING = 10f;
    private static final float QR_TEXT_GAP = 4f;
    /** The QR symbol's left edge is on the margin; its quiet zone lies in the (empty) left margin. */
    private static final float QR_X = Page.LEFT - Row.QrBlock.QUIET_MODULES * QR_MODULE;
    /** Beyond this height the firma, sello and cadena no longer sit beside the QR code but flow full width. */
    private static final float MAX_BESIDE_QR = 300f;

    private final AcuseLayout layout;
    private final Style body;
    private final Style note;
    private final Style code;
    private final float gap;
    private final float gapLarge;
    /** The verification URL's QR symbol, encoded once for both settings (ZXing tries all eight masks). */
    private final ByteMatrix qr;
    private final List<Row> rows = new ArrayList<>();

    private ContentBuilder(AcuseLayout layout, ByteMatrix qr, boolean tight) {
        this.layout = layout;
        this.qr = qr;
        this.body = tight ? Style.BODY_TIGHT : Style.BODY;
        this.note = tight ? Style.NOTE_TIGHT : Style.NOTE;
        this.code = tight ? Style.CODE_TIGHT : Style.CODE;
        this.gap = tight ? 5f : 9f;
        this.gapLarge = tight ? 6f : 10f;
    }

    /**
     * The rows of the body. An acuse that runs onto another page is set again with the lines of its paragraphs,
     * fields and codes closer together and smaller gaps after the title and the date band, and that setting is
     * taken when it needs fewer pages: the IMSS guides' acuses are "Página 1 de 1", a page holding only the QR
     * code and the sello is what a reader should not get, and the activation acuse's Carta then takes two pages
     * instead of three.
     */
    static List<Row> rows(AcuseLayout layout) {
        ByteMatrix qr = qr(layout.verificationUrl());
        List<Row> rows = new ContentBuilder(layout, qr, false).build();
        int pages = pages(rows);
        if (pages > 1) {
            List<Row> tight = new ContentBuilder(layout, qr, true).build();
            if (pages(tight) < pages) {
                return tight;
            }
        }
        return rows;
    }

    private static int pages(List<Row> rows) {
        return Paginator.paginate(rows, Page.BODY_TOP, Page.BODY_BOTTOM).size();
    }

    private List<Row> build() {
        for (String line : Wrap.words(layout.title(), Style.TITLE, Page.WIDTH)) {
            rows.add(new Row.Line(Style.TITLE, line, Page.LEFT, Page.WIDTH, Row.Align.CENTER, false));
        }
        rows.add(new Row.Gap(gap));
        fechaYFolio();
        rows.add(new Row.Gap(gapLarge));
        if (layout.body().stream().noneMatch(LayoutBlock.ParticularData.class::isInstance)) {
            particularData();
        }
        for (LayoutBlock block : layout.body()) {
            block(block, body);
        }
        // The QR code's quiet zone (four modules) is the space above it.
        rows.add(new Row.Gap(GAP_SMALL));
        // From the QR code to the last note everything stays on one page: no page holds only a tail of notes,
        // and the verification sentence never leaves its URL behind.
        int closing = signatures();
        rows.add(new Row.Gap(GAP_SMALL));
        for (LayoutBlock note : layout.notes()) {
            block(note, this.note);
        }
        keepTogether(closing, rows.size());
        return rows;
    }

    private void particularData() {
        layout.particularHeading().ifPresent(this::heading);
        fields(layout.particular());
    }

    /** Marks rows {@code [from, to)} to stay on one page (the last one may be followed by a break). */
    private void keepTogether(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            rows.set(i, kept(rows.get(i)));
        }
    }

    private static Row kept(Row row) {
        if (row instanceof Row.Line l) {
            return new Row.Line(l.style(), l.text(), l.x(), l.width(), l.align(), true);
        } else if (row instanceof Row.Gap g) {
            return new Row.Gap(g.height(), true);
        } else if (row instanceof Row.Field f) {
            return new Row.Field(f.style(), f.label(), f.value(), f.x(), f.valueX(), true);
        } else if (row instanceof Row.Code c) {
            return new Row.Code(c.style(), c.lines(), c.x(), c.actualText(), true);
        } else if (row instanceof Row.QrBlock q) {
            return new Row.QrBlock(q.matrix(), q.module(), q.x(), q.beside(), true);
        }
        return row;
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

    /**
     * The second time line (Lineamientos 5.8), naming the zone as the law does.
     *
     * @return e.g. {@code "Fecha y hora en el domicilio fiscal, Zona Noroeste (Tijuana, B.C.), 2 horas menos que
     *     en la Zona Centro: 03/03/2026 09:00:00 h"}
     */
    static String domicilio(ZonedDateTime fecha, ZoneId zone) {
        ZonedDateTime local = fecha.withZoneSameInstant(zone);
        return "Fecha y hora en el domicilio fiscal, " + ZoneNames.name(zone, fecha.toInstant()) + ", "
                + ZoneNames.differenceFromCentro(zone, fecha.toInstant()) + ": " + FECHA.format(local) + " h";
    }

    private void heading(String text) {
        rows.add(new Row.Gap(GAP_SMALL));
        List<String> lines = Wrap.words(text, Style.HEADING, Page.WIDTH);
        for (String line : lines) {
            rows.add(new Row.Line(Style.HEADING, line, Page.LEFT, Page.WIDTH, Row.Align.LEFT, true));
        }
        rows.add(new Row.Gap(2f, true));
    }

    private void block(LayoutBlock block, Style style) {
        if (block instanceof LayoutBlock.Heading heading && heading.text().equals(AcuseMapping.BANNER_32D)) {
            // The 32-D banner: one centred line in the paragraphs' own gaps (no heading gaps), kept with the note
            // it precedes. Recognised by its text rather than as a block type of its own: LayoutBlock is a sealed
            // public interface, and a new permitted type would break hosts' exhaustive switches.
            rows.add(new Row.Line(Style.BANNER, heading.text(), Page.LEFT, Page.WIDTH, Row.Align.CENTER, true));
        } else if (block instanceof LayoutBlock.Heading heading) {
            heading(heading.text());
        } else if (block instanceof LayoutBlock.Paragraph paragraph) {
            paragraph(paragraph.text(), style);
        } else if (block instanceof LayoutBlock.Fields fields) {
            fields(fields.fields());
        } else if (block instanceof LayoutBlock.Note n) {
            paragraph(n.text(), note);
        } else if (block instanceof LayoutBlock.ParticularData) {
            particularData();
        }
    }

    private void paragraph(String text, Style style) {
        rows.add(new Row.Gap(GAP_SMALL));
        // A paragraph that introduces what follows ("… conforme a la siguiente información:", "Estimado
        // Particular:") is never separated from it by a page break.
        boolean introduces = text.strip().endsWith(":");
        String[] hardLines = text.split("\n", -1);
        for (int h = 0; h < hardLines.length; h++) {
            List<String> lines = Wrap.words(hardLines[h], style, Page.WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                Row.Align align = i < lines.size() - 1 ? Row.Align.JUSTIFY : Row.Align.LEFT;
                // No paragraph starts or ends with a single line on a page (no widows or orphans).
                boolean keep = lines.size() > 1 && (i == 0 || i == lines.size() - 2)
                        || introduces && h == hardLines.length - 1 && i == lines.size() - 1;
                rows.add(new Row.Line(style, lines.get(i), Page.LEFT, Page.WIDTH, align, keep));
            }
        }
        rows.add(new Row.Gap(GAP_SMALL, introduces));
    }

    private void fields(List<LabeledValue> fields) {
        float widest = 0;
        for (LabeledValue field : fields) {
            widest = Math.max(widest, Style.LABEL.width(field.label() + ":"));
        }
        // A point of slack: a label exactly as wide as its column must not wrap on rounding.
        widest += 1f;
        float labelColumn = Math.min(widest + LABEL_COLUMN_PADDING, LABEL_COLUMN_MAX);
        float valueX = Page.LEFT + labelColumn;
        float valueWidth = Page.WIDTH - labelColumn;
        for (LabeledValue field : fields) {
            List<String> labels = Wrap.words(field.label() + ":", Style.LABEL, labelColumn - LABEL_COLUMN_PADDING);
            List<String> values = Wrap.words(field.value(), Style.BODY, valueWidth);
            int count = Math.max(labels.size(), values.size());
            for (int i = 0; i < count; i++) {
                rows.add(new Row.Field(body, i < labels.size() ? labels.get(i) : "",
                        i < values.size() ? values.get(i) : "", Page.LEFT, valueX, i < labels.size() - 1));
            }
            rows.add(new Row.Gap(0.6f));
        }
    }

    /**
     * The firma, sello and cadena beside the QR code when they are short enough to keep together (the usual
     * case), otherwise full width and flowing across pages, followed by the QR code with the URL beside it.
     *
     * @return the index of the first row that stays on one page with the closing notes: the QR code's block
     */
    private int signatures() {
        ByteMatrix matrix = qr;
        float side = Row.QrBlock.side(matrix, QR_MODULE);
        float besideX = QR_X + side + QR_TEXT_GAP;
        float besideWidth = Page.RIGHT - besideX;
        List<Row> beside = code(besideX, besideWidth);
        Row.QrBlock compact = new Row.QrBlock(matrix, QR_MODULE, QR_X, beside, false);
        if (compact.besideHeight() <= MAX_BESIDE_QR) {
            int closing = rows.size();
            rows.add(compact);
            rows.add(new Row.Gap(GAP_SMALL));
            String verification = "Verificación del acuse: escanee el código QR o ingrese a " + layout.verificationUrl();
            for (String line : Wrap.words(verification, Style.SMALL, Page.WIDTH)) {
                rows.add(new Row.Line(Style.SMALL, line, Page.LEFT, Page.WIDTH, Row.Align.LEFT, false));
            }
            return closing;
        }
        rows.addAll(chunked(code(Page.LEFT, Page.WIDTH)));
        List<Row> url = new ArrayList<>();
        url.add(new Row.Line(Style.LABEL, "Verificación del acuse", besideX, besideWidth, Row.Align.LEFT, false));
        for (String line : Wrap.words("Escanee el código QR o ingrese a la siguiente dirección para verificar"
                + " la autenticidad de este acuse:", Style.SMALL, besideWidth)) {
            url.add(new Row.Line(Style.SMALL, line, besideX, besideWidth, Row.Align.LEFT, false));
        }
        url.add(new Row.Code(Style.CODE, Wrap.chars(layout.verificationUrl(), Style.CODE, besideWidth), besideX,
                layout.verificationUrl(), false));
        rows.add(new Row.QrBlock(matrix, QR_MODULE, QR_X, url, false));
        return rows.size() - 1;
    }

    /** Firma (when present), sello and cadena: labels and text broken between any two characters. */
    private List<Row> code(float x, float width) {
        List<Row> rows = new ArrayList<>();
        layout.firmaParticular().ifPresent(firma ->
                code(rows, "Firma Electrónica Avanzada del Particular:", firma, x, width));
        code(rows, "Sello Digital:", layout.selloDigital(), x, width);
        code(rows, "Cadena Original:", layout.cadenaOriginal(), x, width);
        rows.remove(rows.size() - 1);
        return rows;
    }

    private void code(List<Row> rows, String label, String text, float x, float width) {
        rows.add(new Row.Line(Style.LABEL, label, x, width, Row.Align.LEFT, true));
        rows.add(new Row.Code(code, Wrap.chars(text, code, width), x, text, false));
        rows.add(new Row.Gap(GAP_SMALL));
    }

    /**
     * Splits each {@link Row.Code} into rows of at most {@link #CODE_CHUNK_LINES} lines, each with the text of
     * its own lines, so that a long cadena can flow across pages and the page texts still concatenate to it.
     */
    private static List<Row> chunked(List<Row> code) {
        List<Row> out = new ArrayList<>();
        for (Row row : code) {
            if (!(row instanceof Row.Code c) || c.lines().size() <= CODE_CHUNK_LINES) {
                out.add(row);
                continue;
            }
            for (int from = 0; from < c.lines().size(); from += CODE_CHUNK_LINES) {
                List<String> part = c.lines().subList(from, Math.min(from + CODE_CHUNK_LINES, c.lines().size()));
                out.add(new Row.Code(c.style(), part, c.x(), String.join("", part), false));
            }
        }
        return out;
    }

    private static ByteMatrix qr(String url) {
        try {
            return Encoder.encode(url, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("verificationUrl does not fit in a QR code: " + url, e);
        }
    }
}
