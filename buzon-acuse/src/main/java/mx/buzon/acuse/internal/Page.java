package mx.buzon.acuse.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The geometry of every page of an acuse: US Letter (carta), as the IMSS prints its acuses. */
final class Page {

    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float MARGIN_X = 50f;
    static final float LEFT = MARGIN_X;
    static final float RIGHT = SIZE.getWidth() - MARGIN_X;
    static final float WIDTH = RIGHT - LEFT;

    /** Baseline of the first header line. */
    static final float HEADER_BASELINE = SIZE.getHeight() - 44f;
    /** The guinda rule under the header. */
    static final float HEADER_RULE = SIZE.getHeight() - 70f;
    /** Top of the body area. */
    static final float BODY_TOP = SIZE.getHeight() - 78f;
    /** Bottom of the body area; the footer lives below. */
    static final float BODY_BOTTOM = 74f;
    /** The rule over the footer. */
    static final float FOOTER_RULE = 68f;

    private Page() {
    }
}
