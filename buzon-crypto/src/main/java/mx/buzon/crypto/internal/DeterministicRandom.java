package mx.buzon.crypto.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A reproducible byte stream (SHA-256 of seed, label and a counter) dressed as a {@link SecureRandom}, so that
 * key generation for TEST credentials gives the same keys for the same seed. <b>Not random; never use it for
 * real keys.</b> Not thread-safe (each generation makes its own).
 */
public final class DeterministicRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final long label;
    private long counter;
    private final byte[] block = new byte[32];
    private int available;

    /**
     * @param seed the test suite's seed
     * @param label what the bytes are for (one stream per label)
     */
    public DeterministicRandom(long seed, long label) {
        super(new byte[0]);
        this.seed = seed;
        this.label = label;
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (available == 0) {
                refill();
            }
            bytes[i] = block[32 - available];
            available--;
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] bytes = new byte[numBytes];
        nextBytes(bytes);
        return bytes;
    }

    @Override
    public void setSeed(long ignored) {
        // The stream is fixed by the constructor's seed; SecureRandom's constructor calls this.
    }

    @Override
    public void setSeed(byte[] ignored) {
        // As above.
    }

    private void refill() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ByteBuffer.allocate(24).putLong(seed).putLong(label).putLong(counter++).array());
            byte[] digest = sha256.digest();
            System.arraycopy(digest, 0, block, 0, 32);
            available = 32;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
