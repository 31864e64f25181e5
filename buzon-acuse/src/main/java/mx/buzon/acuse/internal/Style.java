package mx.buzon.acuse.internal;

/**
 * How a run of text looks: font, size, distance between baselines, colour (sRGB, 0–255 per channel).
 *
 * @param font the font
 * @param size the size in points
 * @param leading the distance between baselines in points
 * @param rgb the colour as {@code 0xRRGGBB}
 */
record Style(FontProgram font, float size, float leading, int rgb) {

    static final int BLACK = 0x000000;
    static final int TEXT = 0x1F1F1F;
    static final int GREY = 0x545454;
    /** The guinda of the Government of Mexico's graphic identity. */
    static final int GUINDA = 0x691C32;
    /** The dorado of the Government of Mexico's graphic identity. */
    static final int DORADO = 0xBC955C;
    static final int SHADE = 0xF2EEEF;

    static final Style TITLE = new Style(FontProgram.BOLD, 12.5f, 15.5f, BLACK);
    static final Style BODY = new Style(FontProgram.REGULAR, 9f, 11.2f, TEXT);
    static final Style BODY_BOLD = new Style(FontProgram.BOLD, 9f, 11.2f, TEXT);
    static final Style HEADING = new Style(FontProgram.BOLD, 10f, 13f, GUINDA);
    static final Style LABEL = new Style(FontProgram.BOLD, 8.5f, 10.6f, TEXT);
    static final Style CODE = new Style(FontProgram.REGULAR, 7f, 8.4f, TEXT);
    /** CODE with its lines closer together, for the same acuses as BODY_TIGHT. */
    static final Style CODE_TIGHT = new Style(FontProgram.REGULAR, 7f, 8f, TEXT);
    static final Style NOTE = new Style(FontProgram.REGULAR, 8f, 10f, GREY);
    /** BODY and NOTE with their lines closer together, for an acuse that would otherwise run onto a page 2. */
    static final Style BODY_TIGHT = new Style(FontProgram.REGULAR, 9f, 10f, TEXT);
    static final Style NOTE_TIGHT = new Style(FontProgram.REGULAR, 8f, 9f, GREY);
    /** The 32-D acuses' "Buzón IMSS… más fácil, más rápido!" line, an image in the IMSS's print. */
    static final Style BANNER = new Style(FontProgram.BOLD, 8.5f, 9.4f, GUINDA);
    static final Style SMALL = new Style(FontProgram.REGULAR, 8f, 10f, GREY);
    static final Style FOOTER = new Style(FontProgram.REGULAR, 7f, 8.6f, GREY);
    static final Style HEADER_BOLD = new Style(FontProgram.BOLD, 11f, 13f, GUINDA);
    static final Style HEADER = new Style(FontProgram.REGULAR, 9f, 11f, GREY);

    float width(String text) {
        return font.width(text, size);
    }

    /** Distance from the top of a line box to its baseline. */
    float ascent() {
        return size * 0.93f;
    }
}
