package mx.buzon.crypto.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mx.buzon.crypto.Efirma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sello (sign) and verification throughput of the SDK against raw JCA {@link Signature} on the same RSA-2048
 * key (the SAT's 2023 test FIEL EKU9003173C9) in the same run, and the time to load a SAT {@code .key}.
 *
 * <p>Baselines: {@code jcaFresh*} creates a {@link Signature} per operation (what most code does);
 * {@code jcaReused*} keeps one initialised instance per thread (the fastest JCA can be);
 * {@code jcaReusedSello}/{@code jcaReusedVerifySello} add the Base64 step the sello has.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EfirmaBench {

    private static final String DIR = "/efirma/current/EKU9003173C9_FIEL_2023/";

    private byte[] cer;
    private byte[] key;
    private byte[] cadena;
    private Efirma efirma;
    private PrivateKey jcaPrivate;
    private PublicKey jcaPublic;
    private Signature reusedSigner;
    private Signature reusedVerifier;
    private byte[] signature;
    private String sello;

    @Setup
    public void setUp() throws GeneralSecurityException {
        cer = resource(DIR + "certificate.cer");
        key = resource(DIR + "private_key.key");
        cadena = ("||1.0|BI-20250203-100717151|EKU9003173C9|ESCUELA KEMPER URGATE SA DE CV|Aclaración|"
                + "2026-03-13T11:05:00-06:00||").getBytes(StandardCharsets.UTF_8);
        efirma = Efirma.read(cer, key, "12345678a".toCharArray());
        String pem = new String(resource(DIR + "private_key.unencrypted.key.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        jcaPrivate = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(pem)));
        jcaPublic = efirma.certificate().publicKey();
        reusedSigner = Signature.getInstance("SHA256withRSA");
        reusedSigner.initSign(jcaPrivate);
        reusedVerifier = Signature.getInstance("SHA256withRSA");
        reusedVerifier.initVerify(jcaPublic);
        signature = efirma.signature(cadena);
        sello = efirma.sello(cadena);
    }

    @Benchmark
    public byte[] sdkSignature() {
        return efirma.signature(cadena);
    }

    @Benchmark
    public String sdkSello() {
        return efirma.sello(cadena);
    }

    @Benchmark
    public byte[] jcaFreshSign() throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(jcaPrivate);
        signer.update(cadena);
        return signer.sign();
    }

    @Benchmark
    public byte[] jcaReusedSign() throws GeneralSecurityException {
        reusedSigner.update(cadena);
        return reusedSigner.sign();
    }

    /** Baseline for {@link #sdkSello()}: the same work (sign, then Base64) with raw JCA. */
    @Benchmark
    public String jcaReusedSello() throws GeneralSecurityException {
        reusedSigner.update(cadena);
        return Base64.getEncoder().encodeToString(reusedSigner.sign());
    }

    @Benchmark
    public boolean sdkVerifySignature() {
        return efirma.certificate().verifiesSignature(cadena, signature);
    }

    @Benchmark
    public boolean sdkVerifySello() {
        return efirma.certificate().verifiesSello(cadena, sello);
    }

    @Benchmark
    public boolean jcaFreshVerify() throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(jcaPublic);
        verifier.update(cadena);
        return verifier.verify(signature);
    }

    @Benchmark
    public boolean jcaReusedVerify() throws GeneralSecurityException {
        reusedVerifier.update(cadena);
        return reusedVerifier.verify(signature);
    }

    /** Baseline for {@link #sdkVerifySello()}: the same work (Base64-decode, then verify) with raw JCA. */
    @Benchmark
    public boolean jcaReusedVerifySello() throws GeneralSecurityException {
        reusedVerifier.update(cadena);
        return reusedVerifier.verify(Base64.getDecoder().decode(sello));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Efirma loadSatKey() {
        return Efirma.read(cer, key, "12345678a".toCharArray());
    }

    private static byte[] resource(String path) {
        try (InputStream in = EfirmaBench.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
