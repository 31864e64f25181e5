package mx.buzon.acuse.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.LabeledValue;
import mx.buzon.acuse.LayoutBlock;

/**
 * The PDF file identifier of an acuse: the first 16 bytes of a SHA-256 over every part of its layout, each
 * length-prefixed. Equal layouts give equal identifiers; PDFBox would otherwise derive one from the clock.
 */
final class DocumentId {

    private static final String VERSION = "mx.buzon.acuse/1";

    private DocumentId() {
    }

    static byte[] of(AcuseLayout layout) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        update(sha256, VERSION);
        layout.institution().forEach(line -> update(sha256, line));
        update(sha256, layout.title());
        update(sha256, layout.tipo());
        update(sha256, layout.fecha().toString());
        update(sha256, layout.zonaDomicilio().map(Object::toString).orElse(""));
        update(sha256, layout.folio());
        update(sha256, layout.particularHeading().orElse(""));
        layout.particular().forEach(field -> update(sha256, field));
        layout.body().forEach(block -> update(sha256, block));
        update(sha256, "|");
        update(sha256, layout.firmaParticular().orElse(""));
        update(sha256, layout.selloDigital());
        update(sha256, layout.cadenaOriginal());
        update(sha256, layout.verificationUrl());
        layout.notes().forEach(block -> update(sha256, block));
        update(sha256, "|");
        layout.contacto().forEach(line -> update(sha256, line));
        update(sha256, layout.jsonFileName());
        update(sha256, layout.json());
        return Arrays.copyOf(sha256.digest(), 16);
    }

    private static void update(MessageDigest digest, LayoutBlock block) {
        if (block instanceof LayoutBlock.Heading heading) {
            update(digest, "H");
            update(digest, heading.text());
        } else if (block instanceof LayoutBlock.Paragraph paragraph) {
            update(digest, "P");
            update(digest, paragraph.text());
        } else if (block instanceof LayoutBlock.Fields fields) {
            update(digest, "F");
            fields.fields().forEach(field -> update(digest, field));
        } else if (block instanceof LayoutBlock.Note note) {
            update(digest, "N");
            update(digest, note.text());
        } else if (block instanceof LayoutBlock.ParticularData) {
            update(digest, "D");
        }
    }

    private static void update(MessageDigest digest, LabeledValue field) {
        update(digest, field.label());
        update(digest, field.value());
    }

    private static void update(MessageDigest digest, String text) {
        update(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
