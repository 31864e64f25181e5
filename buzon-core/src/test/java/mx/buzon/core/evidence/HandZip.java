package mx.buzon.core.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes ZIP files byte by byte (PKWARE APPNOTE 6.3.10 §4.3), so tests can craft what
 * {@link java.util.zip.ZipOutputStream} would refuse or never write: any name bytes, lying sizes, flags.
 */
final class HandZip {

    /** One entry: the bytes written as data, and what the headers declare. */
    static final class Entry {
        byte[] name;
        byte[] localName;
        byte[] data;
        int method;
        int flags = 0x0800;
        long crc;
        long declaredCompressed;
        long declaredUncompressed;
        byte[] centralExtra = new byte[0];
        Long localOffsetOverride;

        Entry(String name, byte[] data) {
            this.name = name.getBytes(StandardCharsets.UTF_8);
            this.localName = this.name;
            this.data = data;
            CRC32 c = new CRC32();
            c.update(data);
            this.crc = c.getValue();
            this.declaredCompressed = data.length;
            this.declaredUncompressed = data.length;
        }

        Entry nameBytes(byte[] bytes) {
            this.name = bytes;
            this.localName = bytes;
            return this;
        }

        Entry deflated(byte[] compressed, long uncompressed) {
            this.data = compressed;
            this.method = 8;
            this.declaredCompressed = compressed.length;
            this.declaredUncompressed = uncompressed;
            return this;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    byte[] comment = new byte[0];
    Integer declaredTotalOverride;

    HandZip add(Entry e) {
        entries.add(e);
        return this;
    }

    static Entry stored(String name, String text) {
        return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry e : entries) {
            offsets.add((long) out.size());
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, e.flags);
            u16(out, e.method);
            u16(out, 0);
            u16(out, 0x5A21);
            u32(out, e.crc);
            u32(out, e.declaredCompressed);
            u32(out, e.declaredUncompressed);
            u16(out, e.localName.length);
            u16(out, 0);
            out.writeBytes(e.localName);
            out.writeBytes(e.data);
        }
        long cdStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            u32(out, 0x02014b50);
            u16(out, 0x031E);
            u16(out, 20);
            u16(out, e.flags);
            u16(out, e.method);
            u16(out, 0);
            u16(out, 0x5A21);
            u32(out, e.crc);
            u32(out, e.declaredCompressed);
            u32(out, e.declaredUncompressed);
            u16(out, e.name.length);
            u16(out, e.centralExtra.length);
            u16(out, 0);
            u16(out, 0);
            u16(out, 0);
            u32(out, 0);
            u32(out, e.localOffsetOverride != null ? e.localOffsetOverride : offsets.get(i));
            out.writeBytes(e.name);
            out.writeBytes(e.centralExtra);
        }
        long cdSize = out.size() - cdStart;
        int total = declaredTotalOverride != null ? declaredTotalOverride : entries.size();
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, total);
        u16(out, total);
        u32(out, cdSize);
        u32(out, cdStart);
        u16(out, comment.length);
        out.writeBytes(comment);
        return out.toByteArray();
    }

    static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    static void u32(ByteArrayOutputStream out, long v) {
        u16(out, (int) (v & 0xFFFF));
        u16(out, (int) ((v >>> 16) & 0xFFFF));
    }
}
