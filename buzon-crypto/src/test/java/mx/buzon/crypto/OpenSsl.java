package mx.buzon.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} binary when it is installed, for byte-for-byte comparisons. */
final class OpenSsl {

    private OpenSsl() {
    }

    /** The outcome of one run. */
    record Result(int exitCode, byte[] stdout, String stderr) {
    }

    static boolean isInstalled() {
        try {
            return run(List.of("version"), null).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    static Result run(List<String> arguments, Path directory) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), errors));
            drain.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl did not finish: " + command);
            }
            drain.join();
            return new Result(process.exitValue(), out, errors.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The process died; its exit code tells.
        }
    }
}
