package mx.buzon.acuse.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable in-memory output without {@link java.io.ByteArrayOutputStream}'s lock on every write: PDFBox writes
 * a hexadecimal string (such as the seal's reserved {@code /Contents}, 16,384 digits) one byte at a time, and
 * each locked single-byte write showed in the profile of issuing. Confined to one thread, like the document
 * that writes into it.
 */
final class ByteSink extends OutputStream {

    private byte[] buffer;
    private int size;

    ByteSink(int initialCapacity) {
        buffer = new byte[initialCapacity];
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            grow(size + 1);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            grow(size + length);
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** @return a copy of what was written */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void grow(int needed) {
        buffer = Arrays.copyOf(buffer, Math.max(needed, 2 * buffer.length));
    }
}
