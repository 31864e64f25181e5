package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Deflates stream data with one {@link Deflater} per thread, reset between uses, and writes it raw into a
 * {@link COSStream} with {@code /Filter /FlateDecode}: PDFBox's own filter would set up a new deflater and its
 * buffers for every stream.
 */
final class Flate {

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(
            () -> new Deflater(Deflater.DEFAULT_COMPRESSION));
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    private Flate() {
    }

    /**
     * @param document the document the stream belongs to
     * @param data the decoded stream data
     * @param length how many bytes of {@code data}
     * @return a new stream holding {@code data} deflated
     * @throws IOException if PDFBox cannot store the stream
     */
    static COSStream stream(PDDocument document, byte[] data, int length) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        Deflater deflater = DEFLATER.get();
        byte[] buffer = BUFFER.get();
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        try (OutputStream raw = stream.createRawOutputStream()) {
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                raw.write(buffer, 0, n);
            }
        } finally {
            deflater.reset();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }
}
