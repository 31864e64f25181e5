package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.evidence.ArchivoErrorCode;
import mx.buzon.core.evidence.EvidenciaErrorCode;
import mx.buzon.core.evidence.ZipEntryInfo;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipLimits;
import mx.buzon.problem.Finding;

/** {@code mx.buzon.core.evidence}: records as objects named by their components. */
public final class EvidenceJson {

    private EvidenceJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerEnum(m, ArchivoErrorCode.class);
        Json.registerEnum(m, EvidenciaErrorCode.class);
        Json.register(m, ZipEntryInfo.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeNumberField("compressedSize", v.compressedSize());
            g.writeNumberField("uncompressedSize", v.uncompressedSize());
            g.writeNumberField("method", v.method());
            g.writeBooleanField("encrypted", v.encrypted());
            g.writeBooleanField("directory", v.directory());
            g.writeNumberField("crc32", v.crc32());
            g.writeEndObject();
        }, (n, r) -> new ZipEntryInfo(r.text(n, "name"), r.longValue(n, "compressedSize"),
                r.longValue(n, "uncompressedSize"), r.intValue(n, "method"), r.bool(n, "encrypted"),
                r.bool(n, "directory"), r.longValue(n, "crc32")));
        Json.register(m, ZipInspection.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("sha256", v.sha256().toString());
            g.writeNumberField("sizeBytes", v.sizeBytes());
            Json.array(g, p, "entries", v.entries());
            Json.array(g, p, "findings", v.findings());
            g.writeEndObject();
        }, (n, r) -> new ZipInspection(Sha256.parse(r.text(n, "sha256")), r.longValue(n, "sizeBytes"),
                r.list(n, "entries", ZipEntryInfo.class), r.list(n, "findings", Finding.class)));
        Json.register(m, ZipLimits.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeNumberField("fileSizeLimitExclusive", v.fileSizeLimitExclusive());
            g.writeNumberField("maxEntries", v.maxEntries());
            g.writeNumberField("maxTotalUncompressedBytes", v.maxTotalUncompressedBytes());
            g.writeNumberField("maxCompressionRatio", v.maxCompressionRatio());
            g.writeNumberField("ratioCheckFromBytes", v.ratioCheckFromBytes());
            g.writeEndObject();
        }, (n, r) -> new ZipLimits(r.longValue(n, "fileSizeLimitExclusive"), r.intValue(n, "maxEntries"),
                r.longValue(n, "maxTotalUncompressedBytes"), r.longValue(n, "maxCompressionRatio"),
                r.longValue(n, "ratioCheckFromBytes")));
    }
}
